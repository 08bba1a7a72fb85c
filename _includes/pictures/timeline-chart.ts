/**
 * Draws a laid-out timeline chart: the axis, one lane per actor, a mark per
 * event. Precision is the mark's extent (a dot for a day, a bar for a month
 * or a year); basis its style (stated solid, inferred hatched, added from
 * outside the archive dashed); a question mark flags a disputed date.
 */
import { html, type Html } from "../html.ts";
import type { ChartMark, TimelineChart } from "../../scripts/graph/pictures/timeline-chart.ts";
import { at, figure, legend, legendItem, pictureLink } from "./figure.ts";

const HALF = 5;

function shape(m: ChartMark, hatch: string): Html {
  const cls = `pic-mark basis-${m.basis} prec-${m.precision}${m.disputed ? " disputed" : ""}`;
  const fill = m.basis === "inferred" ? html` fill="url(#${hatch})"` : html``;
  const drawn =
    m.width === 0
      ? html`<circle class="${cls}" cx="${m.x}" cy="${m.y}" r="${HALF}"${fill}/>`
      : html`<rect class="${cls}" x="${m.x}" y="${at(m.y - HALF)}" width="${m.width}" height="${HALF * 2}" rx="2"${fill}/>`;
  return m.disputed ? html`${drawn}<text class="pic-disputed" x="${at(m.x + m.width / 2)}" y="${at(m.y - HALF - 2)}" text-anchor="middle">?</text>` : drawn;
}

function hatchPattern(id: string): Html {
  return html`<pattern id="${id}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pic-hatch-bg" width="4" height="4"/><line class="pic-hatch" x1="0" y1="0" x2="0" y2="4"/></pattern>`;
}

export function timelineChartFigure(chart: TimelineChart, caption: Html): Html {
  const hatch = `${chart.id}-hatch`;
  const keyHatch = `${chart.id}-key-hatch`;
  const content = html`<defs>${hatchPattern(hatch)}</defs>
<g class="pic-axis">${chart.ticks.map((t) => html`<line class="pic-grid" x1="${t.x}" x2="${t.x}" y1="${at(chart.axisY + 4)}" y2="${chart.height}"/><text class="pic-tick-label" x="${t.x}" y="${chart.axisY}" text-anchor="middle">${t.label}</text>`)}</g>
${chart.lanes.map(
  (lane) => html`<g class="pic-lane">
<line class="pic-lane-rule" x1="0" x2="${chart.width}" y1="${at(lane.y + lane.height + 5)}" y2="${at(lane.y + lane.height + 5)}"/>
${lane.actor ? pictureLink(lane.actor.url, lane.label, html`<text class="pic-lane-label" x="4" y="${at(lane.y + 13)}">${lane.shortLabel}</text>`) : html`<text class="pic-lane-label" x="4" y="${at(lane.y + 13)}">${lane.shortLabel}</text>`}
${lane.marks.map((m) => pictureLink(m.url, m.label, shape(m, hatch)))}
${lane.bins.map((b) => pictureLink(b.url, b.label, html`<rect class="pic-bin" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`))}
</g>`,
)}`;
  const key = legend("How to read it", [
    legendItem(html`<circle class="pic-mark basis-stated" cx="15" cy="8" r="${HALF}"/>`, "a day"),
    legendItem(html`<rect class="pic-mark basis-stated" x="2" y="3" width="26" height="10" rx="2"/>`, "a month or a year: the date is known only that closely"),
    legendItem(html`<rect class="pic-mark basis-stated" x="2" y="3" width="26" height="10" rx="2"/>`, "solid: stated by a source"),
    legendItem(html`<defs>${hatchPattern(keyHatch)}</defs><rect class="pic-mark basis-inferred" x="2" y="3" width="26" height="10" rx="2" fill="url(#${keyHatch})"/>`, "hatched: inferred from the sources"),
    legendItem(html`<rect class="pic-mark basis-outside" x="2" y="3" width="26" height="10" rx="2"/>`, "dashed: added from outside the archive"),
    ...(chart.hasDisputed ? [legendItem(html`<text class="pic-disputed" x="15" y="13" text-anchor="middle">?</text>`, "sources disagree about the date")] : []),
    ...(chart.lanes.some((l) => l.bins.length) ? [legendItem(html`<rect class="pic-bin" x="4" y="2" width="22" height="12"/>`, "a bar: how many events that month, too many to draw one by one")] : []),
  ]);
  return figure(chart, content, caption, key);
}
