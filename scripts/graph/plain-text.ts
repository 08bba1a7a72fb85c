import { renderInline } from "./markdown.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Markdown as plain text, for meta descriptions, feeds, CSV and ready-made citations. */
export function plainText(markdown: string, render: (markdown: string) => string = renderInline): string {
  return render(markdown)
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .trim();
}
