/** One index page per entity type: the no-JavaScript way to everything. */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { dateText } from "../_includes/partials/date.ts";
import type { IndexPage } from "../scripts/graph/site-graph.ts";
import { lineageFigure } from "../_includes/pictures/lineage.ts";

export const data = paginate((graph) => graph.indexes, (index) => index.url);

export function render({ graph, item: index }: ItemData<IndexPage>): string {
  return layout(
    graph,
    { meta: index.meta },
    html`<h1>${index.title}</h1>
<p>${index.pages.length} ${index.title.toLowerCase()}, in alphabetical order.</p>
${index.kind === "proposal" && graph.pictures?.lineage ? lineageFigure(graph.pictures.lineage, html`How the proposals answer each other: counterproposals, successors and related proposals${graph.pictures.lineageLeftOut ? html` (the largest groups; ${graph.pictures.lineageLeftOut} more proposals in smaller groups are drawn on their own pages)` : ""}. Each box links to its proposal.`) : ""}
<ul class="index-list">${index.pages.map(
      (p) =>
        html`<li><a href="${p.url}">${p.name}</a>${p.aliasesText ? html` <span class="aka">(also ${p.aliasesText})</span>` : ""}<br><span class="detail">${p.summary.map((part, i) => html`${i ? " · " : ""}${typeof part === "string" ? part : dateText(part)}`)}</span></li>`,
    )}</ul>`,
  );
}
