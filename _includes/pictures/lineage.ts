/**
 * Draws the proposals' lineage: a box per proposal (a link to its page), an
 * arrow from a counterproposal to what it answers and from a successor to
 * what it supersedes, a dotted line between proposals only called related.
 */
import { html, type Html } from "../html.ts";
import type { LineagePicture } from "../../scripts/graph/pictures/lineage.ts";
import type { EntityLink } from "../../scripts/graph/views.ts";
import { at, figure, legend, legendItem, pictureLink } from "./figure.ts";

const LINE = 15;
const RELATION_LEGEND = { "responds-to": "arrow: responds to (a counterproposal to what it answers)", supersedes: "dashed arrow: supersedes (from the successor to what it replaces)", related: "dotted line: related" } as const;

export function lineageFigure(picture: LineagePicture, caption: Html, current?: EntityLink): Html {
  const arrow = `${picture.id}-arrow`;
  const keyArrow = `${picture.id}-key-arrow`;
  const marker = (id: string) => html`<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="pic-arrow" d="M0 0L10 5L0 10z"/></marker>`;
  const content = html`<defs>${marker(arrow)}</defs>
<g class="pic-edges">${picture.edges.map((e) => html`<path class="pic-edge rel-${e.relation}" d="${e.path}"${e.relation === "related" ? html`` : html` marker-end="url(#${arrow})"`}><title>${e.label}</title></path>`)}</g>
<g class="pic-nodes">${picture.nodes.map((n) => {
    const isCurrent = n.link === current;
    return pictureLink(
      n.link.url,
      `${n.link.name} (${n.kindLabel})`,
      html`<rect class="pic-box${isCurrent ? " current" : ""}" x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="4"/><text class="pic-box-text" x="${at(n.x + 8)}" y="${at(n.y + 4)}">${n.lines.map((line) => html`<tspan x="${at(n.x + 8)}" dy="${LINE}">${line}</tspan>`)}<tspan class="pic-kind" x="${at(n.x + 8)}" dy="${LINE}">${n.kindLabel}</tspan></text>`,
      isCurrent ? html` aria-current="page"` : html``,
    );
  })}</g>`;
  const key = legend(
    "How to read it",
    picture.relations.map((r) =>
      legendItem(html`${r === "related" ? "" : html`<defs>${marker(keyArrow + "-" + r)}</defs>`}<path class="pic-edge rel-${r}" d="M2 8H27"${r === "related" ? html`` : html` marker-end="url(#${keyArrow}-${r})"`}/>`, RELATION_LEGEND[r]),
    ),
  );
  return figure(picture, content, caption, key);
}
