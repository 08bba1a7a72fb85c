import type { PageData } from "../_includes/eleventy-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { dateText } from "../_includes/partials/date.ts";
import type { TimelineEntry } from "../scripts/pipeline/views.ts";

export const data = { permalink: "/timeline/" };

function entry(e: TimelineEntry) {
  return html`<li class="timeline-entry${e.date.uncertain ? " uncertain" : ""}" data-people="${e.people.join(" ")}">
${dateText(e.date)}${e.date.uncertain ? html` <span class="uncertain-mark" title="Not a day stated by a source">uncertain date</span>` : ""}
— <a href="${e.url}">${e.title}</a> <span class="kind">${e.kindLabel}${e.owner ? html` · on ${e.owner.name}` : ""}</span></li>`;
}

export function render({ graph }: PageData): string {
  const t = graph.timeline;
  return layout(
    { graph, url: "/timeline/", title: "Timeline", description: "Every dated event in order, grouped by month." },
    html`<h1>Timeline</h1>
<p>Every dated meeting, proposal and fact, in order. Dates that no source states to the day are marked <span class="uncertain-mark">uncertain date</span> and say whether they are inferred or added from outside the archive.</p>
<form class="timeline-filter" hidden>
<label for="timeline-person">Show events involving</label>
<select id="timeline-person"><option value="">everyone</option>${t.people.map((p) => html`<option value="${p.id}">${p.name}</option>`)}</select>
<p class="filter-status" role="status" aria-live="polite"></p>
</form>
${t.months.map((m) => html`<section class="timeline-month" aria-labelledby="month-${m.key}"><h2 id="month-${m.key}">${m.label}</h2><ol>${m.entries.map(entry)}</ol></section>`)}
${t.undated.length ? html`<section class="timeline-month" aria-labelledby="month-undated"><h2 id="month-undated">Date unknown</h2><ol>${t.undated.map(entry)}</ol></section>` : ""}`,
  );
}
