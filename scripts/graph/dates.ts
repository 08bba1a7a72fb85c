/** Date claims become what a page shows: the formatted date, its basis and how sure we are. */
import { DATE_BASIS_LABELS, formatPartialDate, precisionOf, sortKeyOf, type DateClaim } from "../schema/index.ts";
import type { CitationView, DateView } from "./views.ts";

/** Sorts after every real date. */
export const UNDATED_SORT_KEY = "9999";

export function dateView(claim: DateClaim, citations: CitationView[], block: (markdown: string) => string): DateView {
  if (claim.basis === "unknown") {
    return {
      text: "date unknown",
      precision: "unknown",
      basis: "unknown",
      basisLabel: DATE_BASIS_LABELS.unknown,
      uncertain: true,
      explanationHtml: block(claim.note),
      citations: [],
      sortKey: UNDATED_SORT_KEY,
    };
  }
  const precision = precisionOf(claim.on);
  const explanation = claim.basis === "inferred" ? claim.reasoning : claim.basis === "outside" ? claim.note : undefined;
  return {
    on: claim.on,
    text: formatPartialDate(claim.on),
    precision,
    basis: claim.basis,
    basisLabel: DATE_BASIS_LABELS[claim.basis],
    uncertain: claim.basis !== "stated" || precision !== "day",
    explanationHtml: explanation ? block(explanation) : undefined,
    citations,
    sortKey: sortKeyOf(claim.on),
  };
}

/** Oldest first; undated last. */
export function byDate<T>(key: (t: T) => string | undefined): (a: T, b: T) => number {
  return (a, b) => (key(a) ?? UNDATED_SORT_KEY).localeCompare(key(b) ?? UNDATED_SORT_KEY);
}
