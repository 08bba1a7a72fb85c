/** Atom feed of new facts and corrections. */
import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";

export const data = single("/feed.xml");

export function render({ graph }: TemplateData): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${graph.site.title}: new facts and corrections</title>
<id>${graph.site.feedUrl}</id>
<link rel="self" href="${graph.site.feedUrl}"/>
<link rel="alternate" href="${graph.site.url}"/>
<updated>${graph.feed.updated}</updated>
<author><name>${graph.site.title}</name></author>
${graph.feed.entries.map(
  (e) => html`<entry>
<title>${e.title}</title>
<id>${e.id}</id>
<link rel="alternate" href="${e.url}"/>
<updated>${e.updated}</updated>
<content type="html">${e.contentHtml}</content>
</entry>
`,
)}</feed>
`.value;
}
