import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";

export const data = single("/sitemap.xml");

export function render({ graph }: TemplateData): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${graph.sitemap.map((loc) => html`<url><loc>${loc}</loc></url>
`)}</urlset>
`.value;
}
