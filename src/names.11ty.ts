/**
 * Names and aliases for "did you mean", and the whole-text fallback used when the
 * site is opened from disk (file://), where Pagefind cannot load. Plain scripts,
 * not fetches, because browsers allow those on file://.
 */
import type { PageData } from "../_includes/eleventy-data.ts";
import { jsonScript } from "../_includes/html.ts";

export const data = { permalink: "/assets/search-names.js", eleventyExcludeFromCollections: true };

export function render({ graph }: PageData): string {
  return `window.FACT_SHEET_NAMES = ${jsonScript(graph.names).value};\n`;
}
