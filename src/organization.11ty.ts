import type { PageData } from "../_includes/eleventy-data.ts";
import type { OrganizationPage } from "../scripts/pipeline/views.ts";
import { html } from "../_includes/html.ts";
import { entityLayout, paginateEntities, meetingsSection, proposalsSection } from "../_includes/entity-page.ts";
import { entityLink, entityList } from "../_includes/partials/entity-link.ts";

import { factSection, factReferenceSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader } from "../_includes/partials/entity-parts.ts";

export const data = paginateEntities("organizations", "org");

export function render({ graph, org }: PageData & { org: OrganizationPage }): string {
  const o = org;
  return entityLayout(
    graph,
    o,
    html`<article class="entity organization">
${pageHeader(o, html`${o.orgKindLabel}${o.parent ? html`, part of ${entityLink(o.parent)}` : ""}`)}
${aliasSection(o)}
${o.children.length ? html`<section aria-labelledby="parts"><h2 id="parts">Parts of ${o.name}</h2>${entityList(o.children)}</section>` : ""}
${o.people.length ? html`<section aria-labelledby="people"><h2 id="people">People</h2><ul>${o.people.map((m) => html`<li>${entityLink(m.person)} — ${m.title}</li>`)}</ul></section>` : ""}
${meetingsSection(o.meetings)}
${proposalsSection(o.proposals)}
${factSection("Facts", "facts", o.facts)}
${factReferenceSection("Statements quoted elsewhere", "statements", o.statements)}
${disagreementSection(o.disagreements)}
${movedAnchors(o.moved)}
${backlinkSections(o)}
</article>`,
  );
}
