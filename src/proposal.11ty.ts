import type { PageData } from "../_includes/eleventy-data.ts";
import type { ProposalPage } from "../scripts/pipeline/views.ts";
import { html, trusted } from "../_includes/html.ts";
import { entityLayout, paginateEntities } from "../_includes/entity-page.ts";
import { entityLink, inlineList } from "../_includes/partials/entity-link.ts";
import { citationList } from "../_includes/partials/citations.ts";
import { dateDetails, dateText } from "../_includes/partials/date.ts";
import { factSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader } from "../_includes/partials/entity-parts.ts";

export const data = paginateEntities("proposals", "proposal");

export function render({ graph, proposal }: PageData & { proposal: ProposalPage }): string {
  const p = proposal;
  const relations = [
    p.counterproposalOf ? html`<li>Counterproposal of ${entityLink(p.counterproposalOf)}</li>` : "",
    ...p.counterproposals.map((c) => html`<li>Answered by the counterproposal ${entityLink(c)}</li>`),
    p.supersededBy ? html`<li>Superseded by ${entityLink(p.supersededBy)}</li>` : "",
    ...p.supersedes.map((s) => html`<li>Supersedes ${entityLink(s)}</li>`),
    ...p.related.map((r) => html`<li>Related: ${entityLink(r)}</li>`),
  ].filter((x) => x !== "");
  return entityLayout(
    graph,
    p,
    html`<article class="entity proposal">
${pageHeader(p, p.proposalKindLabel)}
<dl class="summary">
<dt data-pagefind-ignore>Proposed by</dt><dd>${p.proposedBy.length ? inlineList(p.proposedBy) : "Not recorded"}</dd>
<dt data-pagefind-ignore>When</dt><dd>${p.date ? dateDetails(p.date) : dateText(undefined)}</dd>
<dt data-pagefind-ignore>Status</dt><dd><strong class="status status-${p.status.value}">${p.status.label}</strong>${p.status.noteHtml ? html`<div>${trusted(p.status.noteHtml)}</div>` : ""}${citationList(p.status.citations)}</dd>
</dl>
${aliasSection(p)}
${factSection("Terms", "terms", p.terms)}
${factSection("Positions of the parties", "positions", p.positions)}
${factSection("Sticking points", "sticking-points", p.stickingPoints)}
${factSection("Other facts", "facts", p.facts)}
${relations.length ? html`<section aria-labelledby="related-proposals"><h2 id="related-proposals">Related proposals</h2><ul>${relations}</ul></section>` : ""}
${p.meetings.length ? html`<section aria-labelledby="meetings"><h2 id="meetings">Meetings where it was discussed</h2><ol>${p.meetings.map((m) => html`<li>${dateText(m.date)} — ${entityLink(m.meeting)}</li>`)}</ol></section>` : ""}
${disagreementSection(p.disagreements)}
${movedAnchors(p.moved)}
${backlinkSections(p)}
</article>`,
  );
}
