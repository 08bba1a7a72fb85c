import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";

export const data = single("/404.html");

export function render({ graph }: TemplateData): string {
  return layout(
    graph,
    { meta: graph.fixed.notFound },
    html`<h1>Page not found</h1>
<p>No page lives at this address. Published pages never move without a redirect, so the address may be mistyped.</p>
<ul>${graph.indexes.map((i) => html`<li><a href="${i.url}">${i.title}</a></li>`)}<li><a href="/timeline/">Timeline</a></li><li><a href="/search/">Search</a></li></ul>`,
  );
}
