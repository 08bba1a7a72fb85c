import type { PageData } from "../_includes/eleventy-data.ts";
import type { OrganizationPage } from "../scripts/pipeline/views.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { entityLink, entityList } from "../_includes/partials/entity-link.ts";
import { dateText } from "../_includes/partials/date.ts";
import { factSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader, pagefindMeta } from "../_includes/partials/entity-parts.ts";

export const data = {
  pagination: { data: "graph.organizations", size: 1, alias: "org", addAllPagesToCollections: false },
  permalink: (d: { org: OrganizationPage }) => d.org.url,
};

export function render({ graph, org }: PageData & { org: OrganizationPage }): string {
  const o = org;
  return layout(
    { graph, url: o.url, title: o.name, description: o.description, indexed: true, twinUrl: o.twinUrl, jsonLd: o.jsonLd, pagefindMeta: pagefindMeta(o) },
    html`<article class="entity organization">
${pageHeader(o, html`${o.orgKindLabel}${o.parent ? html`, part of ${entityLink(o.parent)}` : ""}`)}
${aliasSection(o)}
${o.children.length ? html`<section aria-labelledby="parts"><h2 id="parts">Parts of ${o.name}</h2>${entityList(o.children)}</section>` : ""}
${o.people.length ? html`<section aria-labelledby="people"><h2 id="people">People</h2><ul>${o.people.map((m) => html`<li>${entityLink(m.person)} — ${m.title}</li>`)}</ul></section>` : ""}
${o.meetings.length ? html`<section aria-labelledby="meetings"><h2 id="meetings">Meetings</h2><ol>${o.meetings.map((m) => html`<li>${dateText(m.date)} — ${entityLink(m.meeting)}</li>`)}</ol></section>` : ""}
${o.proposals.length ? html`<section aria-labelledby="proposals"><h2 id="proposals">Proposals made or responded to</h2><ul>${o.proposals.map((i) => html`<li>${entityLink(i.proposal)} — ${i.relation}</li>`)}</ul></section>` : ""}
${factSection("Facts", "facts", o.facts)}
${factSection("Statements quoted elsewhere", "statements", o.statements, { showOwner: true })}
${disagreementSection(o.disagreements)}
${movedAnchors(o.moved)}
${backlinkSections(o)}
</article>`,
  );
}
