import type { PageData } from "../_includes/eleventy-data.ts";
import type { PersonPage } from "../scripts/pipeline/views.ts";
import { html } from "../_includes/html.ts";
import { entityLayout, paginateEntities, meetingsSection, proposalsSection } from "../_includes/entity-page.ts";
import { entityLink } from "../_includes/partials/entity-link.ts";
import { citationList } from "../_includes/partials/citations.ts";
import { factSection, factReferenceSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader } from "../_includes/partials/entity-parts.ts";

export const data = paginateEntities("people", "person");

export function render({ graph, person }: PageData & { person: PersonPage }): string {
  const p = person;
  return entityLayout(
    graph,
    p,
    html`<article class="entity person">
${pageHeader(p, p.roles.map((r) => r.title).join("; "))}
${aliasSection(p)}
<section aria-labelledby="roles"><h2 id="roles">Roles</h2>${
      p.roles.length
        ? html`<ul class="roles">${p.roles.map((r) => html`<li><strong>${r.title}</strong>${r.organization ? html`, ${entityLink(r.organization)}` : ""}${r.spanText ? html` <span class="span">(${r.spanText})</span>` : html` <span class="span">(as stated in the sources; dates of office not recorded)</span>`}${citationList(r.citations)}</li>`)}</ul>`
        : html`<p class="empty">No role recorded.</p>`
    }</section>
${meetingsSection(p.meetings, "No meeting recorded.")}
${proposalsSection(p.proposals, "None recorded.")}
${factSection("Facts", "facts", p.facts)}
${factReferenceSection("Statements quoted elsewhere", "statements", p.statements)}
${disagreementSection(p.disagreements)}
${movedAnchors(p.moved)}
${backlinkSections(p)}
</article>`,
  );
}
