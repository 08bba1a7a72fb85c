/**
 * A fact's own page: the fact, what backs it and how to cite it. The same fact
 * is searchable on its entity's page, so this page is not indexed again.
 */
import { html, trusted } from "./html.ts";
import type { SiteGraph } from "../scripts/graph/site-graph.ts";
import type { FactPage } from "../scripts/graph/fact-pages.ts";
import { layout } from "./layout.ts";
import { entityLink, inlineList } from "./partials/entity-link.ts";
import { citationList } from "./partials/citations.ts";
import { dateText } from "./partials/date.ts";
import { disagreementSection } from "./partials/facts.ts";
import { citePanel } from "./partials/cite-panel.ts";

export function factPage(graph: SiteGraph, page: FactPage): string {
  const { fact } = page;
  return layout(
    graph,
    { meta: page.meta },
    html`<article class="fact-page" data-fact-id="${fact.id}">
<header class="entity-header">
<p class="entity-kind">${fact.section} on ${entityLink(fact.owner)}</p>
<h1 class="fact-text">${trusted(fact.textHtml)}</h1>
</header>
<dl class="fact-details">
${fact.party ? html`<dt>Position</dt><dd>${entityLink(fact.party)} <strong>${fact.stance ?? ""}</strong></dd>` : ""}
${fact.speaker ? html`<dt>Speaker</dt><dd>${entityLink(fact.speaker)}</dd>` : ""}
<dt>Date</dt><dd>${fact.date ? html`${dateText(fact.date)}${page.precisionText ? html` <span class="date-precision">(${page.precisionText})</span>` : ""}${fact.date.explanationHtml ? html`<div class="date-explanation">${trusted(fact.date.explanationHtml)}</div>` : ""}${citationList(fact.date.citations, "Date stated in")}` : "No date recorded."}</dd>
<dt>Belongs to</dt><dd>${entityLink(fact.owner)} — <a class="fact-anchor-link" href="${fact.url}">see it on that page</a></dd>
${fact.about.length ? html`<dt>About</dt><dd>${inlineList(fact.about)}</dd>` : ""}
<dt>Version</dt><dd class="fact-version">Version of ${fact.versionText}</dd>
</dl>
${citationList(fact.citations)}
${fact.noteHtml ? html`<div class="fact-note"><span class="note-label">Note:</span> ${trusted(fact.noteHtml)}</div>` : ""}
${fact.corrections.length ? html`<section class="corrections" aria-labelledby="corrections"><h2 id="corrections">Corrections</h2>${fact.corrections.map((c) => html`<div class="correction" role="note"><strong>Corrected ${c.onText}:</strong> ${trusted(c.noteHtml)}</div>`)}</section>` : ""}
${disagreementSection(page.disagreements)}
${citePanel(page.cite)}
</article>`,
  );
}
