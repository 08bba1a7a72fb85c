import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";

export const data = single("/data/");

export function render({ graph }: TemplateData): string {
  const licence = graph.dataLicence;
  return layout(
    graph,
    { meta: graph.fixed.data },
    html`<h1>Download the data</h1>
<p>Start with the README: it says what each table holds, how the tables join, and how every fact traces to a verbatim quote of an archived article. The data package describes every CSV for Frictionless tools.</p>
<ul>
${graph.downloads.map((d) => html`<li><a href="${d.url}">${d.fileName}</a> — ${d.summary}</li>`)}
</ul>
<p>Every entity page has a JSON twin beside it: <code>/people/joe-biden/</code> → <code>/people/joe-biden.json</code>.</p>
<h2>Licence</h2>
<p id="data-licence">${licence.text}${licence.url ? html` <a href="${licence.url}" rel="license">${licence.title}</a>.` : ""}</p>`,
  );
}
