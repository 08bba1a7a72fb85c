import type { PageData } from "../_includes/eleventy-data.ts";
import type { PersonPage } from "../scripts/pipeline/views.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { entityLink } from "../_includes/partials/entity-link.ts";
import { citationList } from "../_includes/partials/citations.ts";
import { dateText } from "../_includes/partials/date.ts";
import { factSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader, pagefindMeta } from "../_includes/partials/entity-parts.ts";

export const data = {
  pagination: { data: "graph.people", size: 1, alias: "person", addAllPagesToCollections: false },
  permalink: (d: { person: PersonPage }) => d.person.url,
  eleventyComputed: {},
};

export function render({ graph, person }: PageData & { person: PersonPage }): string {
  const p = person;
  return layout(
    { graph, url: p.url, title: p.name, description: p.description, indexed: true, twinUrl: p.twinUrl, jsonLd: p.jsonLd, pagefindMeta: pagefindMeta(p) },
    html`<article class="entity person">
${pageHeader(p, p.roles.map((r) => r.title).join("; "))}
${aliasSection(p)}
<section aria-labelledby="roles"><h2 id="roles">Roles</h2>${
      p.roles.length
        ? html`<ul class="roles">${p.roles.map((r) => html`<li><strong>${r.title}</strong>${r.organization ? html`, ${entityLink(r.organization)}` : ""}${r.spanText ? html` <span class="span">(${r.spanText})</span>` : html` <span class="span">(as stated in the sources; dates of office not recorded)</span>`}${citationList(r.citations)}</li>`)}</ul>`
        : html`<p class="empty">No role recorded.</p>`
    }</section>
<section aria-labelledby="meetings"><h2 id="meetings">Meetings</h2>${
      p.meetings.length
        ? html`<ol class="meetings">${p.meetings.map((m) => html`<li>${dateText(m.date)} — ${entityLink(m.meeting)}${m.role ? html` <span class="role">as ${m.role}</span>` : ""}${m.statusLabel !== "Held" ? html` <span class="status">(${m.statusLabel})</span>` : ""}</li>`)}</ol>`
        : html`<p class="empty">No meeting recorded.</p>`
    }</section>
<section aria-labelledby="proposals"><h2 id="proposals">Proposals made or responded to</h2>${
      p.proposals.length
        ? html`<ul>${p.proposals.map((i) => html`<li>${entityLink(i.proposal)} — ${i.relation}</li>`)}</ul>`
        : html`<p class="empty">None recorded.</p>`
    }</section>
${factSection("Facts", "facts", p.facts)}
${factSection("Statements quoted elsewhere", "statements", p.statements, { showOwner: true })}
${disagreementSection(p.disagreements)}
${movedAnchors(p.moved)}
${backlinkSections(p)}
</article>`,
  );
}
