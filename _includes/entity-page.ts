/** What every entity page shares: pagination over one list of the graph, and the page shell with its metadata. */
import type { EntityPage, SiteGraph, Attendance, ProposalInvolvement } from "../scripts/pipeline/views.ts";
import { html, type Html } from "./html.ts";
import { layout } from "./layout.ts";
import { pagefindMeta } from "./partials/entity-parts.ts";
import { entityLink } from "./partials/entity-link.ts";
import { dateText } from "./partials/date.ts";

/** Eleventy front matter for one page per entity: the permalink comes from the id, via the graph. */
export function paginateEntities(list: keyof SiteGraph, alias: string) {
  return {
    pagination: { data: `graph.${list}`, size: 1, alias, addAllPagesToCollections: false },
    permalink: (data: Record<string, EntityPage>) => data[alias]!.url,
  };
}

export function entityLayout(graph: SiteGraph, page: EntityPage, content: Html): string {
  return layout(
    { graph, url: page.url, title: page.name, description: page.description, indexed: true, twinUrl: page.twinUrl, jsonLd: page.jsonLd, pagefindMeta: pagefindMeta(page) },
    content,
  );
}

export function meetingsSection(meetings: Attendance[], empty?: string): Html {
  if (meetings.length === 0 && !empty) return html``;
  return html`<section aria-labelledby="meetings"><h2 id="meetings">Meetings</h2>${
    meetings.length
      ? html`<ol class="meetings">${meetings.map((m) => html`<li>${dateText(m.date)} — ${entityLink(m.meeting)}${m.role ? html` <span class="role">as ${m.role}</span>` : ""}${m.statusLabel !== "Held" ? html` <span class="status">(${m.statusLabel})</span>` : ""}</li>`)}</ol>`
      : html`<p class="empty">${empty ?? ""}</p>`
  }</section>`;
}

export function proposalsSection(proposals: ProposalInvolvement[], empty?: string): Html {
  if (proposals.length === 0 && !empty) return html``;
  return html`<section aria-labelledby="proposals"><h2 id="proposals">Proposals made or responded to</h2>${
    proposals.length ? html`<ul>${proposals.map((i) => html`<li>${entityLink(i.proposal)} — ${i.relation}</li>`)}</ul>` : html`<p class="empty">${empty ?? ""}</p>`
  }</section>`;
}
