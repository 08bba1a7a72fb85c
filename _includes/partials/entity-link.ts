import { html, type Html } from "../html.ts";
import type { EntityLink } from "../../scripts/graph/views.ts";

export function entityLink(link: EntityLink | undefined): Html {
  return link ? html`<a href="${link.url}" class="entity-link entity-${link.kind}">${link.name}</a>` : html``;
}

export function entityList(links: EntityLink[], empty = "None recorded."): Html {
  if (links.length === 0) return html`<p class="empty" data-pagefind-ignore>${empty}</p>`;
  return html`<ul class="entity-list">${links.map((l) => html`<li>${entityLink(l)} <span class="kind">${l.kindLabel}</span></li>`)}</ul>`;
}

export function inlineList(links: EntityLink[]): Html {
  return html`${links.map((l, i) => html`${i > 0 ? ", " : ""}${entityLink(l)}`)}`;
}
