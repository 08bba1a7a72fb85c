import { html, type Html } from "../html.ts";
import type { CitationView } from "../../scripts/graph/views.ts";
import { sourceLabels } from "./source-labels.ts";

/** Quotes are shown verbatim, typos and all: the correction lives beside them, never inside. */
export function citationList(citations: CitationView[], label = "Sources"): Html {
  if (citations.length === 0) return html``;
  return html`<div class="citations"><p class="citations-label" data-pagefind-ignore>${label}:</p><ul>${citations.map(
    (c) => html`<li><q class="quote">${c.quote}</q> — <a href="${c.source.url}" class="source-link" data-pagefind-ignore data-print-url="${c.source.absoluteUrl}">${c.source.name}</a>${sourceLabels(c.source)}</li>`,
  )}</ul></div>`;
}
