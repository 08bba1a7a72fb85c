/** Atom feed of new facts and corrections. */
import type { PageData } from "../_includes/eleventy-data.ts";
import { html } from "../_includes/html.ts";

export const data = { permalink: "/feed.xml", eleventyExcludeFromCollections: true };

export function render({ graph }: PageData): string {
  const self = new URL("feed.xml", graph.site.url).href;
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${graph.site.title}: new facts and corrections</title>
<id>${self}</id>
<link rel="self" href="${self}"/>
<link rel="alternate" href="${graph.site.url}"/>
<updated>${graph.feed.updated}T00:00:00Z</updated>
<author><name>${graph.site.title}</name></author>
${graph.feed.entries.map(
  (e) => html`<entry>
<title>${e.title}</title>
<id>${e.id}</id>
<link rel="alternate" href="${e.url}"/>
<updated>${e.updated}T00:00:00Z</updated>
<content type="html">${e.contentHtml}</content>
</entry>
`,
)}</feed>
`.value;
}
