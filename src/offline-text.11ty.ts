import type { PageData } from "../_includes/eleventy-data.ts";
import { jsonScript } from "../_includes/html.ts";

export const data = { permalink: "/assets/search-offline.js", eleventyExcludeFromCollections: true };

export function render({ graph }: PageData): string {
  return `window.FACT_SHEET_TEXT = ${jsonScript(graph.offlineText).value};\n`;
}
