/**
 * Partial dates as extents on a time axis: a day is a point, a month and a
 * year are spans across them. The axis itself comes from d3-scale, so ticks
 * fall on round dates whatever the range.
 */
import { scaleUtc } from "d3-scale";
import type { DateView } from "../views.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = 86_400_000;

/** The first and last instant a dated claim may mean, in UTC milliseconds. */
export function extentOf(date: DateView): [start: number, end: number] | undefined {
  if (!date.on) return undefined;
  // One date view is shared by every picture that draws its event: parse it once.
  let known = extents.get(date);
  if (!known) extents.set(date, (known = extentOfValue(date.on)));
  return known;
}

const extents = new WeakMap<DateView, [number, number]>();

/** The extent of a partial date's value: 2024, 2024-06 or 2024-06-10. */
export function extentOfValue(on: string): [start: number, end: number] {
  const [y, m, d] = on.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const day = Date.UTC(y, m - 1, d);
  return [day, day + DAY];
}

export interface AxisTick {
  x: number;
  label: string;
}

export interface TimeAxis {
  x(ms: number): number;
  ticks: AxisTick[];
}

/** A UTC axis from `start` to `end` over `width` pixels starting at `left`; ticks a readable distance apart. */
export function timeAxis(start: number, end: number, left: number, width: number): TimeAxis {
  // A little room either side, so a mark on the first or last day is not cut in half.
  const pad = Math.max(DAY * 3, (end - start) * 0.02);
  const scale = scaleUtc().domain([new Date(start - pad), new Date(end + pad)]).range([left, left + width]);
  const dates = scale.ticks(Math.max(2, Math.floor(width / 90)));
  const ticks = dates.map((t) => {
    const month = t.getUTCMonth();
    const day = t.getUTCDate();
    const label = day !== 1 ? `${day} ${MONTHS[month]}` : month === 0 ? String(t.getUTCFullYear()) : `${MONTHS[month]}`;
    return { x: round(scale(t)), label: label === "Jan" ? String(t.getUTCFullYear()) : label };
  });
  // Without a January in view, the first tick says the year.
  if (ticks.length && !ticks.some((t) => /^\d{4}$/.test(t.label))) {
    ticks[0] = { ...ticks[0]!, label: `${ticks[0]!.label} ${dates[0]!.getUTCFullYear()}` };
  }
  return { x: (ms) => round(scale(ms)), ticks };
}

/** One decimal: enough for a screen, and the same bytes from every run. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A name short enough for a label in a picture; the full one is in its title. */
export function shortName(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
