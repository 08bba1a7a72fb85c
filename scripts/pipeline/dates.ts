/** Date claims become what a page shows: the formatted date, its basis and how sure we are. */
import type { DateClaim } from "../schema/index.ts";
import { formatPartialDate, precisionOf, sortKeyOf } from "./partial-date.ts";
import { renderBlock } from "./markdown.ts";
import type { CitationView, DateView } from "./views.ts";

const BASIS_LABELS: Record<DateClaim["basis"], string> = {
  stated: "stated in the source",
  inferred: "inferred",
  outside: "added from outside the archive",
  unknown: "date unknown",
};

export function dateView(claim: DateClaim, citations: (c: DateClaim) => CitationView[]): DateView {
  if (claim.basis === "unknown") {
    return {
      text: "date unknown",
      precision: "unknown",
      basis: "unknown",
      basisLabel: BASIS_LABELS.unknown,
      uncertain: true,
      explanationHtml: renderBlock(claim.note),
      citations: [],
      sortKey: "9999",
    };
  }
  const precision = precisionOf(claim.on);
  const explanation = claim.basis === "inferred" ? claim.reasoning : claim.basis === "outside" ? claim.note : undefined;
  return {
    on: claim.on,
    text: formatPartialDate(claim.on),
    precision,
    basis: claim.basis,
    basisLabel: BASIS_LABELS[claim.basis],
    uncertain: claim.basis !== "stated" || precision !== "day",
    explanationHtml: explanation ? renderBlock(explanation) : undefined,
    citations: citations(claim),
    sortKey: sortKeyOf(claim.on),
  };
}
