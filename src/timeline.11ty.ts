import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { dateText } from "../_includes/partials/date.ts";
import type { TimelineEntry } from "../scripts/graph/views.ts";
import { timelineChartFigure } from "../_includes/pictures/timeline-chart.ts";

export const data = single("/timeline/");

function entry(e: TimelineEntry) {
  return html`<li class="timeline-entry${e.date.uncertain ? " uncertain" : ""}" data-people="${e.people}">
${dateText(e.date)}${e.date.uncertain ? html` <span class="uncertain-mark" title="Not a day stated by a source">uncertain date</span>` : ""}
— <a href="${e.url}">${e.title}</a> <span class="kind">${e.kindLabel}${e.owner ? html` · on ${e.owner.name}` : ""}</span></li>`;
}

export function render({ graph }: TemplateData): string {
  const t = { ...graph.timeline, chart: graph.pictures?.timeline };
  return layout(
    graph,
    { meta: graph.fixed.timeline },
    html`<h1>Timeline</h1>
<p>Every dated meeting, proposal and fact, in order. Dates that no source states to the day are marked <span class="uncertain-mark">uncertain date</span> and say whether they are inferred or added from outside the archive.</p>
${t.chart ? timelineChartFigure(t.chart, html`The same events on a time line: all of them in the first lane, then the people and organizations with the most events, each in a lane of its own. Each mark links to its page or fact; the list below holds every event.`) : ""}
<form class="timeline-filter" hidden>
<label for="timeline-person">Show events involving</label>
<select id="timeline-person"><option value="">everyone</option>${t.people.map((p) => html`<option value="${p.id}">${p.name}</option>`)}</select>
<p class="filter-status" role="status" aria-live="polite"></p>
</form>
${t.months.map((m) => html`<section class="timeline-month" aria-labelledby="${m.id}"><h2 id="${m.id}">${m.label}</h2><ol>${m.entries.map(entry)}</ol></section>`)}
${t.undated.length ? html`<section class="timeline-month" aria-labelledby="month-undated"><h2 id="month-undated">Date unknown</h2><ol>${t.undated.map(entry)}</ol></section>` : ""}`,
  );
}
