import { PAGE_IDS } from "../../scripts/shared/page-ids.ts";
import { html, trusted, type Html } from "../html.ts";
import type { DisagreementView, FactView, MovedAnchor } from "../../scripts/graph/views.ts";
import { entityLink } from "./entity-link.ts";
import { citationList } from "./citations.ts";
import { dateText } from "./date.ts";

/**
 * One fact: its text is a heading with the fact's id, so it is an anchor people
 * can link to, and Pagefind returns it as a sub-result that lands right here.
 */
export function factItem(fact: FactView): Html {
  return html`<li class="fact" data-fact-id="${fact.id}">
<h3 class="fact-text" id="${fact.id}">${trusted(fact.textHtml)}</h3>
<p class="fact-meta" data-pagefind-ignore>
${fact.party ? html`<span>${entityLink(fact.party)} <strong>${fact.stance ?? ""}</strong></span>` : ""}
${fact.speaker ? html`<span>Speaker: ${entityLink(fact.speaker)}</span>` : ""}
${fact.date ? html`<span>Date: ${dateText(fact.date)}</span>` : ""}
${fact.about.length ? html`<span>About: ${fact.about.map((a, i) => html`${i ? ", " : ""}${entityLink(a)}`)}</span>` : ""}
</p>
${fact.date?.explanationHtml ? html`<div class="date-explanation" data-pagefind-ignore>${trusted(fact.date.explanationHtml)}</div>` : ""}
${citationList(fact.citations)}
${fact.noteHtml ? html`<div class="fact-note"><span class="note-label">Note:</span> ${trusted(fact.noteHtml)}</div>` : ""}
${fact.corrections.map((c) => html`<div class="correction" role="note"><strong>Corrected ${c.onText}:</strong> ${trusted(c.noteHtml)}</div>`)}
<p class="fact-tools" data-pagefind-ignore>
<a class="fact-permalink" href="#${fact.id}">Link to this fact<span class="visually-hidden">: ${fact.text}</span></a>
<a class="fact-page-link" href="${fact.pageUrl}">Fact page<span class="visually-hidden">: ${fact.text}</span></a>
<a class="cite-link" href="${fact.pageUrl}#cite">Cite this fact<span class="visually-hidden">: ${fact.text}</span></a>
<button type="button" class="cite-button" data-citation="${fact.citationTemplate}" hidden>Copy citation</button>
<span class="print-only fact-url">${fact.absoluteUrl}</span>
</p>
</li>`;
}

export function factSection(title: string, id: string, facts: FactView[], empty?: string): Html {
  if (facts.length === 0 && !empty) return html``;
  return html`<section class="facts" aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${
    facts.length ? html`<ol class="fact-list">${facts.map(factItem)}</ol>` : html`<p class="empty" data-pagefind-ignore>${empty ?? ""}</p>`
  }</section>`;
}

/**
 * A fact that lives on another page: its text, where it lives and a link to its
 * anchor. The full fact, with its citations, is shown once, on its own page.
 */
export function factReference(fact: FactView, quotes: string[] = []): Html {
  return html`<li class="fact-ref"><a class="fact-ref-link" href="${fact.url}">${fact.text}</a>
<span class="kind">— ${fact.section.toLowerCase()} on ${fact.owner.name}${fact.date?.on ? html`, ${dateText(fact.date)}` : ""}</span>${
    quotes.length ? html`<ul class="citations">${quotes.map((q) => html`<li><q class="quote">${q}</q></li>`)}</ul>` : ""
  }</li>`;
}

export function factReferenceSection(title: string, id: string, facts: FactView[]): Html {
  if (facts.length === 0) return html``;
  return html`<section class="facts" aria-labelledby="${id}" data-pagefind-ignore><h2 id="${id}">${title}</h2><ul class="fact-refs">${facts.map((f) => factReference(f))}</ul></section>`;
}

export function disagreementSection(items: DisagreementView[]): Html {
  if (items.length === 0) return html``;
  return html`<section class="disagreements" aria-labelledby="${PAGE_IDS.whereSourcesDisagree}"><h2 id="${PAGE_IDS.whereSourcesDisagree}">Where sources disagree</h2>
${items.map(
  (d) => html`<article class="disagreement">
<h3 id="${d.id}">${trusted(d.topicHtml)}</h3>
<ul class="readings">${d.readings.map(
    (r) => html`<li class="reading${r.preferred ? " preferred" : ""}">${r.preferred ? html`<strong class="preferred-label">Preferred reading:</strong> ` : html`<span class="other-label">Other reading:</span> `}${trusted(r.textHtml)}${citationList(r.citations)}</li>`,
  )}</ul>
<div class="resolution"><strong>Why:</strong> ${trusted(d.resolutionHtml)}</div>
<p class="fact-tools" data-pagefind-ignore><a class="fact-permalink" href="${d.url}">Link to this disagreement</a></p>
</article>`,
)}</section>`;
}

export function movedAnchors(moved: MovedAnchor[]): Html {
  if (moved.length === 0) return html``;
  return html`<section class="moved" aria-labelledby="${PAGE_IDS.movedFacts}" data-pagefind-ignore><h2 id="${PAGE_IDS.movedFacts}">Facts that moved</h2><ul>${moved.map(
    (m) => html`<li id="${m.id}">This fact now lives at <a href="${m.to}">${m.to}</a>. ${trusted(m.reasonHtml)}</li>`,
  )}</ul></section>`;
}
