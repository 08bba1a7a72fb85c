/**
 * The timeline as a picture: events in lanes per actor on a time axis. A
 * date's precision is its extent (day a point, month or year a span), its
 * basis its style; a lane too full to read is drawn as events per month,
 * each bar a link to that month in the list.
 */
import { formatPartialDate, type DateBasis } from "../../schema/index.ts";
import type { DateView, EntityLink } from "../views.ts";
import { extentOf, extentOfValue, round, shortName, timeAxis, type AxisTick } from "./time-axis.ts";

/** Something dated the chart can draw: an entity (meeting, proposal) or a fact. */
export interface ChartEvent {
  title: string;
  url: string;
  /** The entity the event is, or the page its fact is on. */
  link: EntityLink;
  date: DateView;
  end?: DateView;
  /** Everyone and everything involved, for choosing an entity's events and lanes. */
  involved: EntityLink[];
  /** Sources disagree about this date. */
  disputed: boolean;
}

export interface ChartMark {
  url: string;
  /** What a reader hears and sees on hover: date, basis, title. */
  label: string;
  link: EntityLink;
  x: number;
  /** 0 for a day: a point. */
  width: number;
  y: number;
  basis: Exclude<DateBasis, "unknown">;
  precision: "day" | "month" | "year";
  disputed: boolean;
}

export interface ChartBin {
  url: string;
  label: string;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Whose events the bar counts: the page shows them all. */
  links: EntityLink[];
}

export interface ChartLane {
  /** The actor the lane follows; none for "everyone". */
  actor?: EntityLink;
  label: string;
  shortLabel: string;
  y: number;
  height: number;
  marks: ChartMark[];
  bins: ChartBin[];
}

export interface TimelineChart {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  axisY: number;
  ticks: AxisTick[];
  lanes: ChartLane[];
  hasDisputed: boolean;
}

const LABEL_WIDTH = 150;
const ROW = 18;
const MAX_ROWS = 3;
const LANE_GAP = 10;
const AXIS_HEIGHT = 28;
const MONTH = 30.44 * 86_400_000;

export interface ChartOptions {
  id: string;
  title: string;
  /** Lanes in order; an undefined actor is "everyone". */
  lanes: Array<{ actor?: EntityLink; label: string; events: ChartEvent[] }>;
  /** Beyond this many events a lane is drawn as events per month. */
  maxMarks: number;
  /** Pixels per month of the range, before the bounds below. */
  monthWidth: number;
  minWidth: number;
  maxWidth: number;
  /** Where a month's bar links: the list on the timeline page. */
  monthUrl(key: string): string;
}

export function timelineChart(options: ChartOptions): TimelineChart | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const lane of options.lanes)
    for (const e of lane.events) {
      const extent = extentOf(e.date);
      if (!extent) continue;
      start = Math.min(start, extent[0]);
      end = Math.max(end, (e.end && extentOf(e.end)?.[1]) || extent[1]);
    }
  if (!Number.isFinite(start)) return undefined;
  const plot = Math.round(Math.min(options.maxWidth, Math.max(options.minWidth, ((end - start) / MONTH) * options.monthWidth)));
  const axis = timeAxis(start, end, LABEL_WIDTH, plot);
  let y = AXIS_HEIGHT;
  let hasDisputed = false;
  const lanes: ChartLane[] = options.lanes.map((lane) => {
    const dated = lane.events.filter((e) => e.date.on);
    const drawn = dated.length > options.maxMarks ? { marks: [], bins: binsOf(dated, axis.x, y, options.monthUrl), rows: 2 } : marksOf(dated, axis.x, y);
    hasDisputed ||= drawn.marks.some((m) => m.disputed);
    const height = drawn.rows * ROW;
    const result = { actor: lane.actor, label: lane.label, shortLabel: shortName(lane.label, 21), y, height, marks: drawn.marks, bins: drawn.bins };
    y += height + LANE_GAP;
    return result;
  });
  const events = new Set(options.lanes.flatMap((l) => l.events)).size;
  return {
    id: options.id,
    title: options.title,
    description: `${events} dated events from ${formatPartialDate(new Date(start).toISOString().slice(0, 7))} to ${formatPartialDate(new Date(end - 1).toISOString().slice(0, 7))}, in ${lanes.length} lane${lanes.length === 1 ? "" : "s"}: ${lanes.map((l) => l.label).join(", ")}. The list below holds the same events.`,
    width: LABEL_WIDTH + plot + 16,
    height: y + 4,
    axisY: AXIS_HEIGHT - 8,
    ticks: axis.ticks,
    lanes,
    hasDisputed,
  };
}

function marksOf(events: ChartEvent[], x: (ms: number) => number, top: number): { marks: ChartMark[]; bins: ChartBin[]; rows: number } {
  const placed = events
    .map((e) => {
      const [s, f] = extentOf(e.date)!;
      const last = (e.end && extentOf(e.end)?.[1]) || f;
      const precision = e.date.precision as ChartMark["precision"];
      const x0 = precision === "day" && !e.end ? x((s + f) / 2) : x(s);
      const width = precision === "day" && !e.end ? 0 : Math.max(4, round(x(last) - x(s)));
      return { e, x0, width, precision };
    })
    .sort((a, b) => a.x0 - b.x0 || b.width - a.width || a.e.title.localeCompare(b.e.title, "en"));
  // Rows fill greedily, so marks that would overlap sit one above the other, up to a few rows.
  const rowEnds: number[] = [];
  const marks = placed.map(({ e, x0, width, precision }) => {
    let row = rowEnds.findIndex((endX) => endX + 6 <= x0);
    if (row < 0) row = rowEnds.length < MAX_ROWS ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, x0 + Math.max(width, 8));
    const basis = e.date.basis as ChartMark["basis"];
    return {
      url: e.url,
      label: `${e.date.text}${e.end ? ` to ${e.end.text}` : ""} (${e.date.basisLabel.toLowerCase()}${e.disputed ? "; sources disagree about this date" : ""}): ${shortName(e.title, 120)}`,
      link: e.link,
      x: x0,
      width,
      y: top + row * ROW + ROW / 2,
      basis,
      precision,
      disputed: e.disputed,
    };
  });
  return { marks, bins: [], rows: Math.max(1, rowEnds.length) };
}

/** Events per month (per year for those dated only to the year), as bars. */
function binsOf(events: ChartEvent[], x: (ms: number) => number, top: number, monthUrl: (key: string) => string): ChartBin[] {
  const byKey = new Map<string, ChartEvent[]>();
  for (const e of events) {
    const key = e.date.precision === "year" ? e.date.on! : e.date.on!.slice(0, 7);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  const most = Math.max(...[...byKey.values()].map((l) => l.length));
  const height = 2 * ROW - 4;
  return [...byKey.keys()].sort().map((key) => {
    const list = byKey.get(key)!;
    const [s, f] = extentOfValue(key);
    const h = Math.max(2, round((list.length / most) * height));
    return {
      url: monthUrl(key),
      label: `${list.length} events in ${key.length === 4 ? `${key} (month not known)` : formatPartialDate(key)}`,
      x: x(s),
      width: Math.max(2, round(x(f) - x(s) - 1)),
      y: round(top + height - h + 2),
      height: h,
      links: [...new Set(list.map((e) => e.link))],
    };
  });
}
