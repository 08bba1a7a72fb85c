/**
 * Who met whom: people and organizations joined by the meetings they shared,
 * one edge per meeting, laid out by d3-force: around one entity, the others on
 * a ring (cheap, and it reads as "met by"); for the whole site, free. The simulation is deterministic
 * (nodes in id order start on d3's phyllotaxis, a fixed number of ticks, and
 * d3's own seeded random source), so the same data gives the same picture.
 */
import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import type { PictureSource } from "./sources.ts";
import type { EntityLink } from "../views.ts";
import { round, shortName } from "./time-axis.ts";

type MeetingStatus = "held" | "scheduled" | "cancelled";

interface Meeting {
  link: EntityLink;
  status: MeetingStatus;
  dateText: string;
  year?: string;
}

export interface NetworkIndex {
  /** For each actor, the actors it met and the meetings they shared (oldest first). */
  met: Map<string, Map<string, Meeting[]>>;
  actors: Map<string, EntityLink>;
}

export interface NetworkNode {
  link: EntityLink;
  label: string;
  x: number;
  y: number;
  /** The page's own entity, drawn larger. */
  current: boolean;
  /** Where its name goes: away from the middle, or under the page's own entity. */
  anchor: "start" | "end" | "middle";
}

export interface NetworkEdge {
  meeting: EntityLink;
  status: MeetingStatus;
  label: string;
  /** A quadratic curve: several meetings between the same two are drawn apart. */
  path: string;
}

export interface NetworkPicture {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  statuses: MeetingStatus[];
  /** Which kinds of node it draws, for the legend. */
  kinds: Array<"person" | "organization">;
}

const STATUS_TEXT: Record<MeetingStatus, string> = { held: "held", scheduled: "scheduled, not yet held", cancelled: "cancelled" };
/** Parallel edges drawn between one pair; the rest are counted in the last one's label. */
const MAX_PARALLEL = 3;

export function networkIndex(pages: readonly PictureSource[], year?: string): NetworkIndex {
  const met = new Map<string, Map<string, Meeting[]>>();
  const actors = new Map<string, EntityLink>();
  for (const page of pages) {
    if (page.kind !== "meeting") continue;
    const meeting = { link: page.link, status: page.status, dateText: page.date.text, year: page.date.on?.slice(0, 4) };
    if (year && meeting.year !== year) continue;
    const people = [...new Map(page.participants.map((p) => [p.entity.id, p.entity])).values()];
    for (const a of people) {
      actors.set(a.id, a);
      for (const b of people) {
        if (a === b) continue;
        let row = met.get(a.id);
        if (!row) met.set(a.id, (row = new Map()));
        const list = row.get(b.id);
        if (list) list.push(meeting);
        else row.set(b.id, [meeting]);
      }
    }
  }
  return { met, actors };
}

const meetingCount = (row: Map<string, Meeting[]> | undefined) => {
  let n = 0;
  for (const list of row?.values() ?? []) n += list.length;
  return n;
};

/** Actors by how many meetings they shared with others, most first; ties by name. */
export function mostConnected(index: NetworkIndex, count: number): EntityLink[] {
  return [...index.met.keys()]
    .map((id) => ({ link: index.actors.get(id)!, n: meetingCount(index.met.get(id)) }))
    .sort((a, b) => b.n - a.n || a.link.name.localeCompare(b.link.name, "en") || a.link.id.localeCompare(b.link.id))
    .slice(0, count)
    .map((a) => a.link);
}

/** The entity and the ones it met most often, up to `size` in all; undefined when it met no one. */
export function neighbourhood(index: NetworkIndex, self: EntityLink, size: number): EntityLink[] | undefined {
  const row = index.met.get(self.id);
  if (!row?.size) return undefined;
  const others = [...row]
    .map(([id, list]) => ({ link: index.actors.get(id)!, n: list.length }))
    .sort((a, b) => b.n - a.n || a.link.name.localeCompare(b.link.name, "en") || a.link.id.localeCompare(b.link.id))
    .slice(0, size - 1)
    .map((a) => a.link);
  return [self, ...others];
}

export function networkPicture(
  index: NetworkIndex,
  members: EntityLink[],
  options: { id: string; title: string; current?: EntityLink; width: number; height: number; ticks: number; alpha?: number },
): NetworkPicture {
  const nodes = members.slice().sort((a, b) => a.id.localeCompare(b.id));
  const pairs: Array<{ a: EntityLink; b: EntityLink; meetings: Meeting[] }> = [];
  // Pair by pair within the picture: a hub's row holds thousands of others, the picture at most a few dozen.
  nodes.forEach((a, i) => {
    const row = index.met.get(a.id);
    for (const b of nodes.slice(i + 1)) {
      const meetings = row?.get(b.id);
      if (meetings) pairs.push({ a, b, meetings });
    }
  });
  const positions = layout(nodes, pairs, options.current, options.ticks, options.alpha ?? 1);
  const place = fit(positions, options.width, options.height);
  const edges: NetworkEdge[] = [];
  for (const { a, b, meetings } of pairs) {
    const shown = meetings.slice(-MAX_PARALLEL);
    const [pa, pb] = [place.get(a.id)!, place.get(b.id)!];
    shown.forEach((m, i) => {
      const more = i === shown.length - 1 && meetings.length > shown.length ? ` (and ${meetings.length - shown.length} earlier meetings between them)` : "";
      edges.push({
        meeting: m.link,
        status: m.status,
        label: `${a.name} and ${b.name}: ${m.link.name}, ${m.dateText}, ${STATUS_TEXT[m.status]}${more}`,
        path: curve(pa, pb, i - (shown.length - 1) / 2),
      });
    });
  }
  const statuses = (["held", "scheduled", "cancelled"] as const).filter((s) => edges.some((e) => e.status === s));
  const centre = options.width / 2;
  return {
    id: options.id,
    title: options.title,
    description: `${nodes.length} people and organizations and ${edges.length} meetings between them${options.current ? `, around ${options.current.name}` : ""}. A line is a meeting; solid lines were held, dashed ones scheduled and dotted ones cancelled.`,
    width: options.width,
    height: options.height,
    nodes: nodes.map((link) => {
      const p = place.get(link.id)!;
      return { link, label: shortName(link.name, 24), x: p.x, y: p.y, current: link === options.current, anchor: link === options.current ? "middle" : p.x > centre ? "start" : "end" };
    }),
    edges,
    statuses,
    kinds: (["person", "organization"] as const).filter((k) => nodes.some((n) => n.kind === k)),
  };
}

type Point = { x: number; y: number };

function layout(nodes: EntityLink[], pairs: Array<{ a: EntityLink; b: EntityLink; meetings: Meeting[] }>, current: EntityLink | undefined, ticks: number, alpha: number): Map<string, Point> {
  // Everyone starts on a circle (the page's own entity in the middle), close enough to rest that a few ticks settle it.
  const others = nodes.filter((n) => n !== current);
  const ring = 40 + 12 * others.length;
  const data: Array<SimulationNodeDatum & { id: string }> = nodes.map((n) => {
    if (n === current) return { id: n.id, x: 0, y: 0, fx: 0, fy: 0 };
    const angle = (2 * Math.PI * others.indexOf(n)) / others.length;
    return { id: n.id, x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
  });
  const links = pairs.map((p) => ({ source: p.a.id, target: p.b.id, strength: Math.min(1, 0.3 + 0.15 * p.meetings.length) }));
  const simulation = forceSimulation(data)
    .alpha(alpha)
    // A fixed number of ticks, cooling to d3's usual end point within them.
    .alphaDecay(1 - Math.pow(0.001 / alpha, 1 / ticks))
    .stop();
  if (current) {
    // Around one entity: the others keep to a ring, drawn together by the meetings among them and kept apart by their size.
    const around = links.filter((l) => l.source !== current.id && l.target !== current.id);
    simulation
      .force("link", forceLink<(typeof data)[number], (typeof links)[number]>(around).id((d) => d.id).distance(60).strength(0.2))
      .force("ring", forceRadial(ring * 0.8).strength(0.6))
      .force("apart", forceCollide(26));
  } else {
    simulation
      .force("link", forceLink<(typeof data)[number], (typeof links)[number]>(links).id((d) => d.id).distance(80).strength((l) => l.strength))
      .force("charge", forceManyBody().strength(-260).distanceMax(400))
      .force("x", forceX(0).strength(0.06))
      .force("y", forceY(0).strength(0.09));
  }
  simulation.tick(ticks);
  return new Map(data.map((d) => [d.id, { x: d.x ?? 0, y: d.y ?? 0 }]));
}

/** Scales the layout into the picture, leaving room for names on either side. */
function fit(points: Map<string, Point>, width: number, height: number): Map<string, Point> {
  const xs = [...points.values()].map((p) => p.x);
  const ys = [...points.values()].map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const marginX = 150;
  const marginY = 24;
  const scale = Math.min((width - 2 * marginX) / Math.max(1, x1 - x0), (height - 2 * marginY) / Math.max(1, y1 - y0), 1.6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return new Map([...points].map(([id, p]) => [id, { x: round(width / 2 + (p.x - cx) * scale), y: round(height / 2 + (p.y - cy) * scale) }]));
}

function curve(a: Point, b: Point, offset: number): string {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = offset * 22;
  return `M${a.x} ${a.y}Q${round(mx - (dy / length) * bend)} ${round(my + (dx / length) * bend)} ${b.x} ${b.y}`;
}
