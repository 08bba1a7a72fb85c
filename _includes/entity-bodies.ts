/**
 * What each kind's page shows, in a table typed against the registry: a new
 * kind does not compile until it has a body here.
 */
import { PAGE_IDS } from "../scripts/shared/page-ids.ts";
import type { Kind } from "../scripts/schema/index.ts";
import type { PageOf } from "../scripts/graph/pages/index.ts";
import { html, trusted, type Html } from "./html.ts";
import { entityLink, entityList, inlineList } from "./partials/entity-link.ts";
import { citationList } from "./partials/citations.ts";
import { dateDetails, dateText } from "./partials/date.ts";
import { factReference, factReferenceSection, factSection, disagreementSection, movedAnchors } from "./partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader } from "./partials/entity-parts.ts";
import { meetingsSection, proposalsSection } from "./partials/involvement.ts";
import { lineageSection, networkSection, timelineSection } from "./pictures/sections.ts";

export const ENTITY_BODIES: { [K in Kind]: (page: PageOf<K>) => Html } = {
  person: (p) => html`<article class="entity person">
${pageHeader(p, p.rolesText)}
${aliasSection(p)}
<section aria-labelledby="${PAGE_IDS.roles}"><h2 id="${PAGE_IDS.roles}">Roles</h2>${
    p.roles.length
      ? html`<ul class="roles">${p.roles.map((r) => html`<li><strong>${r.title}</strong>${r.organization ? html`, ${entityLink(r.organization)}` : ""}${r.spanText ? html` <span class="span">(${r.spanText})</span>` : html` <span class="span" data-pagefind-ignore>(as stated in the sources; dates of office not recorded)</span>`}${citationList(r.citations)}</li>`)}</ul>`
      : html`<p class="empty" data-pagefind-ignore>No role recorded.</p>`
  }</section>
${timelineSection(p.pictures)}
${meetingsSection(p.meetings, "No meeting recorded.")}
${networkSection(p.pictures)}
${proposalsSection(p.proposals, "None recorded.")}
${factSection("Facts", PAGE_IDS.facts, p.facts)}
${factReferenceSection("Statements quoted elsewhere", PAGE_IDS.statements, p.statements)}
${disagreementSection(p.disagreements)}
${movedAnchors(p.moved)}
${backlinkSections(p)}
</article>`,

  organization: (o) => html`<article class="entity organization">
${pageHeader(o, html`${o.orgKindLabel}${o.parent ? html`, part of ${entityLink(o.parent)}` : ""}`)}
${aliasSection(o)}
${o.children.length ? html`<section aria-labelledby="${PAGE_IDS.parts}"><h2 id="${PAGE_IDS.parts}">Parts of ${o.name}</h2>${entityList(o.children)}</section>` : ""}
${o.people.length ? html`<section aria-labelledby="${PAGE_IDS.people}"><h2 id="${PAGE_IDS.people}">People</h2><ul>${o.people.map((m) => html`<li>${entityLink(m.person)} — ${m.title}</li>`)}</ul></section>` : ""}
${timelineSection(o.pictures)}
${meetingsSection(o.meetings)}
${networkSection(o.pictures)}
${proposalsSection(o.proposals)}
${factSection("Facts", PAGE_IDS.facts, o.facts)}
${factReferenceSection("Statements quoted elsewhere", PAGE_IDS.statements, o.statements)}
${disagreementSection(o.disagreements)}
${movedAnchors(o.moved)}
${backlinkSections(o)}
</article>`,

  proposal: (p) => {
    const relations = [
      p.counterproposalOf ? html`<li>Counterproposal of ${entityLink(p.counterproposalOf)}</li>` : "",
      ...p.counterproposals.map((c) => html`<li>Answered by the counterproposal ${entityLink(c)}</li>`),
      p.supersededBy ? html`<li>Superseded by ${entityLink(p.supersededBy)}</li>` : "",
      ...p.supersedes.map((s) => html`<li>Supersedes ${entityLink(s)}</li>`),
      ...p.related.map((r) => html`<li>Related: ${entityLink(r)}</li>`),
    ].filter((x) => x !== "");
    return html`<article class="entity proposal">
${pageHeader(p, p.proposalKindLabel)}
<dl class="summary">
<dt data-pagefind-ignore>Proposed by</dt><dd>${p.proposedBy.length ? inlineList(p.proposedBy) : html`<span data-pagefind-ignore>Not recorded</span>`}</dd>
<dt data-pagefind-ignore>When</dt><dd>${p.date ? dateDetails(p.date) : dateText(undefined)}</dd>
<dt data-pagefind-ignore>Status</dt><dd><strong class="status status-${p.status.value}">${p.status.label}</strong>${p.status.noteHtml ? html`<div>${trusted(p.status.noteHtml)}</div>` : ""}${citationList(p.status.citations)}</dd>
</dl>
${aliasSection(p)}
${timelineSection(p.pictures)}
${lineageSection(p.pictures)}
${factSection("Terms", PAGE_IDS.terms, p.terms)}
${factSection("Positions of the parties", PAGE_IDS.positions, p.positions)}
${factSection("Sticking points", PAGE_IDS.stickingPoints, p.stickingPoints)}
${factSection("Other facts", PAGE_IDS.facts, p.facts)}
${relations.length ? html`<section aria-labelledby="${PAGE_IDS.relatedProposals}"><h2 id="${PAGE_IDS.relatedProposals}">Related proposals</h2><ul>${relations}</ul></section>` : ""}
${p.meetings.length ? html`<section aria-labelledby="${PAGE_IDS.meetings}"><h2 id="${PAGE_IDS.meetings}">Meetings where it was discussed</h2><ol>${p.meetings.map((m) => html`<li>${dateText(m.date)} — ${entityLink(m.meeting)}</li>`)}</ol></section>` : ""}
${disagreementSection(p.disagreements)}
${movedAnchors(p.moved)}
${backlinkSections(p)}
</article>`;
  },

  meeting: (m) => html`<article class="entity meeting">
${pageHeader(m, html`${m.formatLabel} · <span class="status status-${m.status}">${m.statusLabel}</span>`)}
<dl class="summary">
<dt data-pagefind-ignore>When</dt><dd>${dateDetails(m.date)}${m.end ? html`<div>Until ${dateDetails(m.end)}</div>` : ""}</dd>
<dt data-pagefind-ignore>Where</dt><dd>${m.place ? html`${m.place.name}${citationList(m.place.citations)}` : html`<span data-pagefind-ignore>Not stated in the sources</span>`}</dd>
</dl>
${aliasSection(m)}
<section aria-labelledby="${PAGE_IDS.participants}"><h2 id="${PAGE_IDS.participants}">Participants</h2>
<ul class="participants">${m.participants.map((p) => html`<li>${entityLink(p.entity)}${p.role ? html` — <span class="role">${p.role}</span>` : ""}${citationList(p.citations)}</li>`)}</ul></section>
${factSection("Topics", PAGE_IDS.topics, m.topics)}
${factSection("Outcomes", PAGE_IDS.outcomes, m.outcomes)}
${factSection("Statements", PAGE_IDS.statements, m.statements)}
${factSection("Other facts", PAGE_IDS.facts, m.facts)}
${m.proposals.length ? html`<section aria-labelledby="${PAGE_IDS.proposals}"><h2 id="${PAGE_IDS.proposals}">Proposals discussed</h2>${entityList(m.proposals)}</section>` : ""}
${disagreementSection(m.disagreements)}
${movedAnchors(m.moved)}
${backlinkSections(m)}
</article>`,

  source: (s) => html`<article class="entity source">
${pageHeader(s, html`<q class="headline">${s.title}</q>`)}
<dl class="summary">
<dt data-pagefind-ignore>Outlet as stated</dt><dd>${s.outlet.asStated ?? html`<span data-pagefind-ignore>Not named in the text</span>`}${s.outlet.organization ? html` (${entityLink(s.outlet.organization)})` : ""}${s.outlet.noteHtml ? html`<div>${trusted(s.outlet.noteHtml)}</div>` : ""}</dd>
<dt data-pagefind-ignore>Published</dt><dd>${dateDetails(s.published)}</dd>
${s.language ? html`<dt data-pagefind-ignore>Language</dt><dd>${s.language}</dd>` : ""}
<dt data-pagefind-ignore>Archive file</dt><dd data-pagefind-ignore><code>${s.archive.file}</code><br><span class="sha">sha256 <code>${s.archive.sha256}</code></span></dd>
</dl>
<section aria-labelledby="${PAGE_IDS.quality}"><h2 id="${PAGE_IDS.quality}">How far to trust this text</h2>${
    s.quality.length
      ? html`<ul class="quality">${s.quality.map((q) => html`<li><strong class="label label-${q.label}">${q.labelText}</strong> — ${trusted(q.noteHtml)}</li>`)}</ul>`
      : html`<p data-pagefind-ignore>No quality problems recorded.</p>`
  }</section>
${aliasSection(s)}
${factSection("Facts about this source", PAGE_IDS.facts, s.facts)}
${disagreementSection(s.disagreements)}
<section aria-labelledby="${PAGE_IDS.excluded}" data-pagefind-ignore><h2 id="${PAGE_IDS.excluded}">Passages excluded as noise</h2>${
    s.excluded.length
      ? html`<ul class="excluded">${s.excluded.map((x) => html`<li><q class="quote">${x.quote}</q> — ${trusted(x.reasonHtml)}</li>`)}</ul>`
      : html`<p class="empty" data-pagefind-ignore>None.</p>`
  }</section>
<section aria-labelledby="${PAGE_IDS.citingFacts}" data-pagefind-ignore><h2 id="${PAGE_IDS.citingFacts}">Passages cited, in the article’s order (${s.passages.length})</h2>${
    s.passages.length
      ? html`<p>Only the words that facts quote, each with the ${s.citingFactCount === 1 ? "fact" : `${s.citingFactCount} facts`} that rest on it.</p><ol class="cited-passages">${s.passages.map(
          (p) => html`<li class="cited-passage"><q class="quote">${p.quote}</q><ul class="fact-refs">${p.facts.map((f) => factReference(f))}</ul></li>`,
        )}</ol>`
      : html`<p class="empty" data-pagefind-ignore>No fact cites this source.</p>`
  }</section>
${movedAnchors(s.moved)}
${backlinkSections(s, false)}
</article>`,
};
