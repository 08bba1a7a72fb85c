import { renderInline } from "./markdown.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Markdown as plain text, for meta descriptions, feeds, CSV and ready-made citations. */
export function plainText(markdown: string): string {
  return renderInline(markdown)
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .trim();
}
