/** Sections every entity page shares: names, backlinks, sources, search metadata. */
import { PAGE_IDS } from "../../scripts/shared/page-ids.ts";
import { html, trusted, type Html } from "../html.ts";
import type { EntityPage } from "../../scripts/graph/pages/index.ts";
import { sourceLabels } from "./source-labels.ts";
import { entityLink, entityList } from "./entity-link.ts";
import { factReferenceSection } from "./facts.ts";

export function aliasSection(page: EntityPage): Html {
  if (page.aliases.length === 0) return html``;
  return html`<section aria-labelledby="${PAGE_IDS.names}"><h2 id="${PAGE_IDS.names}">Names in the sources</h2>
<p data-pagefind-ignore>The sources also spell this name as follows; quotes keep these spellings verbatim.</p>
<ul class="aliases" data-pagefind-weight="8">${page.aliases.map(
    (a) => html`<li><span class="alias">${a.name}</span> <span data-pagefind-ignore><span class="kind">(${a.kindLabel})</span> — in ${a.sources.map((s, i) => html`${i ? ", " : ""}${entityLink(s)}${sourceLabels(s)}`)}</span>${a.noteHtml ? html`. ${trusted(a.noteHtml)}` : ""}</li>`,
  )}</ul></section>`;
}

/** `withSources` is false on a source's own page, which is the source. */
export function backlinkSections(page: EntityPage, withSources = true): Html {
  return html`${factReferenceSection(`Facts on other pages about ${page.name}`, PAGE_IDS.factsElsewhere, page.aboutFacts)}
<section aria-labelledby="${PAGE_IDS.mentionedIn}" data-pagefind-ignore><h2 id="${PAGE_IDS.mentionedIn}">Mentioned in</h2>${entityList(page.mentionedIn, "No other page refers to this one.")}</section>
${!withSources ? "" : html`<section aria-labelledby="${PAGE_IDS.sourcesSection}" data-pagefind-ignore><h2 id="${PAGE_IDS.sourcesSection}">Sources that speak of ${page.name}</h2>${entityList(page.sources, "No source cited yet.")}</section>`}`;
}

export function pageHeader(page: EntityPage, subtitle: Html | string = ""): Html {
  return html`<header class="entity-header">
<p class="entity-kind">${page.kindLabel}</p>
<h1 data-pagefind-weight="10">${page.name}</h1>
${subtitle ? html`<p class="entity-subtitle">${subtitle}</p>` : ""}
<p class="entity-tools" data-pagefind-ignore><a href="${page.twinUrl}">This page as JSON</a></p>
</header>`;
}

/** Pagefind filters, metadata and sort keys, hidden from readers. */
export function pagefindMeta(page: EntityPage): Html {
  const f = page.facets;
  return html`<div hidden data-pagefind-ignore>
<span data-pagefind-filter="type">${f.type}</span>
<span data-pagefind-meta="type">${f.type}</span>
${f.date ? html`<span data-pagefind-meta="date">${f.date}</span>` : ""}
${f.sortDate ? html`<span data-pagefind-sort="date">${f.sortDate}</span>` : ""}
${f.role ? html`<span data-pagefind-meta="role">${f.role}</span>` : ""}
${f.year.map((y) => html`<span data-pagefind-filter="year">${y}</span>`)}
${f.people.map((p) => html`<span data-pagefind-filter="person">${p}</span>`)}
${f.organizations.map((o) => html`<span data-pagefind-filter="organization">${o}</span>`)}
</div>`;
}
