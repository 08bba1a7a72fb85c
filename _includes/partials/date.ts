import { html, trusted, type Html } from "../html.ts";
import type { DateView } from "../../scripts/graph/views.ts";
import { citationList } from "./citations.ts";

/** A date with its basis on show: inferred or outside dates are marked, never passed off as stated. */
export function dateText(date: DateView | undefined): Html {
  if (!date) return html`<span class="date date-unknown" data-pagefind-ignore>date unknown</span>`;
  const marker = date.basis === "stated" ? "" : date.basis === "unknown" ? "" : ` (${date.basisLabel})`;
  return html`${date.on ? html`<time datetime="${date.on}" class="date${date.uncertain ? " date-uncertain" : ""}">${date.text}</time>` : html`<span class="date date-unknown" data-pagefind-ignore>${date.text}</span>`}${marker ? html`<span class="date-basis" data-pagefind-ignore>${marker}</span>` : ""}`;
}

export function dateDetails(date: DateView | undefined): Html {
  if (!date) return html``;
  return html`<div class="date-details">${dateText(date)}${date.explanationHtml ? html`<div class="date-explanation" data-pagefind-ignore>${trusted(date.explanationHtml)}</div>` : ""}${citationList(date.citations, "Date stated in")}</div>`;
}
