import type { PageData } from "../_includes/eleventy-data.ts";
import type { MeetingPage } from "../scripts/pipeline/views.ts";
import { html } from "../_includes/html.ts";
import { entityLayout, paginateEntities } from "../_includes/entity-page.ts";
import { entityLink, entityList } from "../_includes/partials/entity-link.ts";
import { citationList } from "../_includes/partials/citations.ts";
import { dateDetails } from "../_includes/partials/date.ts";
import { factSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader } from "../_includes/partials/entity-parts.ts";

export const data = paginateEntities("meetings", "meeting");

export function render({ graph, meeting }: PageData & { meeting: MeetingPage }): string {
  const m = meeting;
  return entityLayout(
    graph,
    m,
    html`<article class="entity meeting">
${pageHeader(m, html`${m.formatLabel} · <span class="status status-${m.status}">${m.statusLabel}</span>`)}
<dl class="summary">
<dt data-pagefind-ignore>When</dt><dd>${dateDetails(m.date)}${m.end ? html`<div>Until ${dateDetails(m.end)}</div>` : ""}</dd>
<dt data-pagefind-ignore>Where</dt><dd>${m.place ? html`${m.place.name}${citationList(m.place.citations)}` : "Not stated in the sources"}</dd>
</dl>
${aliasSection(m)}
<section aria-labelledby="participants"><h2 id="participants">Participants</h2>
<ul class="participants">${m.participants.map((p) => html`<li>${entityLink(p.entity)}${p.role ? html` — <span class="role">${p.role}</span>` : ""}${citationList(p.citations)}</li>`)}</ul></section>
${factSection("Topics", "topics", m.topics)}
${factSection("Outcomes", "outcomes", m.outcomes)}
${factSection("Statements", "statements", m.statements)}
${factSection("Other facts", "facts", m.facts)}
${m.proposals.length ? html`<section aria-labelledby="proposals"><h2 id="proposals">Proposals discussed</h2>${entityList(m.proposals)}</section>` : ""}
${disagreementSection(m.disagreements)}
${movedAnchors(m.moved)}
${backlinkSections(m)}
</article>`,
  );
}
