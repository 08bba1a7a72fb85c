import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";

export const data = single("/data/");

export function render({ graph }: TemplateData): string {
  return layout(
    graph,
    { meta: graph.fixed.data },
    html`<h1>Download the data</h1>
<ul>
${graph.downloads.map((d) => html`<li><a href="${d.url}">${d.fileName}</a> — ${d.summary}</li>`)}
</ul>
<p>Every entity page has a JSON twin beside it: <code>/people/joe-biden/</code> → <code>/people/joe-biden.json</code>.</p>`,
  );
}
