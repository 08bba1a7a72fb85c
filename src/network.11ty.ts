/** Who met whom: the most connected people and organizations, and the same narrowed to each year and to each of them. */
import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { networkFigure } from "../_includes/pictures/network.ts";

export const data = single("/network/");

export function render({ graph }: TemplateData): string {
  const network = graph.pictures?.network;
  return layout(
    graph,
    { meta: graph.fixed.network },
    html`<h1>Who met whom</h1>
<p>People and organizations joined by the meetings they shared. Each line is one meeting and links to its page; each name links to its page, where the same picture is drawn around it.</p>
${
  !network?.main
    ? html`<p class="empty">No meeting with more than one participant is recorded${network ? "" : " in this build"}.</p>`
    : html`${networkFigure(network.main, html`${network.main.nodes.length < network.total ? html`The ${network.main.nodes.length} most connected of the ${network.total} people and organizations that met anyone, and the meetings between them.` : html`All ${network.total} people and organizations that met anyone, and the meetings between them.`}`)}
<section aria-labelledby="by-year"><h2 id="by-year">By year</h2>
${network.years.map((y) => html`<details class="network-year"><summary>Who met whom in ${y.year}</summary>${networkFigure(y.picture, html`Meetings dated ${y.year} only${y.picture.nodes.length ? html`, between the ${y.picture.nodes.length} most connected that year` : ""}.`)}</details>`)}
</section>
<section aria-labelledby="by-actor"><h2 id="by-actor">By person or organization</h2>
<p>Every person and organization page draws who it met. The most connected:</p>
<ol class="network-actors">${network.actors.map((a) => html`<li><a href="${a.url}">${a.link.name}</a> <span class="kind">${a.link.kindLabel} · ${a.meetings} meeting${a.meetings === 1 ? "" : "s"}</span></li>`)}</ol>
</section>`
}`,
  );
}
