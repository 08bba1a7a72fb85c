import type { PageData } from "../_includes/eleventy-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";

export const data = { permalink: "/data/" };

export function render({ graph }: PageData): string {
  return layout(
    { graph, url: "/data/", title: "Download the data", description: "The whole dataset as JSON, and as CSV per entity type." },
    html`<h1>Download the data</h1>
<ul>
<li><a href="/data/dataset.json">dataset.json</a> — every entity as curated, with its URL.</li>
${graph.csv.map((c) => html`<li><a href="${c.url}">${c.name}.csv</a> — ${c.rows} rows.</li>`)}
</ul>
<p>Every entity page has a JSON twin beside it: <code>/people/joe-biden/</code> → <code>/people/joe-biden.json</code>.</p>`,
  );
}
