import { html, type Html } from "../html.ts";
import type { EntityLink } from "../../scripts/graph/views.ts";

/** A source's quality labels, shown wherever it is cited so no quote is read without them. */
export function sourceLabels(source: EntityLink): Html {
  const labels = source.sourceLabels ?? [];
  if (labels.length === 0) return html``;
  return html` <span class="source-labels" data-pagefind-ignore>${labels.map((l, i) => html`${i ? " " : ""}<span class="label label-${l.label}">${l.text}</span>`)}</span>`;
}
