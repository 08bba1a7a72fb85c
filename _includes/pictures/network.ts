/**
 * Draws who met whom: a line per meeting (solid held, dashed scheduled,
 * dotted cancelled), a dot per person and a square per organization, each a
 * link to its page.
 */
import { html, type Html } from "../html.ts";
import type { NetworkNode, NetworkPicture } from "../../scripts/graph/pictures/network.ts";
import { at, figure, legend, legendItem, pictureLink } from "./figure.ts";

const STATUS_LEGEND = { held: "solid line: a meeting that was held", scheduled: "dashed line: scheduled, not known to have been held", cancelled: "dotted line: cancelled" } as const;

function node(n: NetworkNode): Html {
  const size = n.current ? 9 : 6;
  const cls = `pic-node kind-${n.link.kind}${n.current ? " current" : ""}`;
  const mark =
    n.link.kind === "organization"
      ? html`<rect class="${cls}" x="${at(n.x - size)}" y="${at(n.y - size)}" width="${size * 2}" height="${size * 2}" rx="2"/>`
      : html`<circle class="${cls}" cx="${n.x}" cy="${n.y}" r="${size}"/>`;
  const [dx, dy] = n.anchor === "middle" ? [0, size + 15] : [n.anchor === "start" ? size + 4 : -(size + 4), 4];
  return pictureLink(n.link.url, `${n.link.name} (${n.link.kindLabel})`, html`${mark}<text class="pic-label${n.current ? " current" : ""}" x="${at(n.x + dx)}" y="${at(n.y + dy)}" text-anchor="${n.anchor}">${n.label}</text>`);
}

export function networkFigure(picture: NetworkPicture, caption: Html): Html {
  const content = html`<g class="pic-edges">${picture.edges.map((e) => pictureLink(e.meeting.url, e.label, html`<path class="pic-edge status-${e.status}" d="${e.path}"/>`))}</g>
<g class="pic-nodes">${picture.nodes.map(node)}</g>`;
  const key = legend("How to read it", [
    ...picture.kinds.map((k) =>
      k === "person"
        ? legendItem(html`<circle class="pic-node kind-person" cx="15" cy="8" r="6"/>`, "a person")
        : legendItem(html`<rect class="pic-node kind-organization" x="9" y="2" width="12" height="12" rx="2"/>`, "an organization"),
    ),
    ...picture.statuses.map((s) => legendItem(html`<path class="pic-edge status-${s}" d="M1 8H29"/>`, STATUS_LEGEND[s])),
  ]);
  return figure(picture, content, caption, key);
}
