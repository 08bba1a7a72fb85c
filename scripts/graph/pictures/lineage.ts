/**
 * How proposals answer each other: a directed diagram laid out by dagre
 * (synchronous, so the graph derive stays synchronous). A counterproposal
 * points at what it responds to, a successor at what it supersedes; proposals
 * the data only calls related are joined by an undirected dotted line, drawn
 * from the older to the newer so the diagram reads left to right in time.
 */
import dagre from "@dagrejs/dagre";
import type { PictureSource } from "./sources.ts";
import type { EntityLink } from "../views.ts";
import { round } from "./time-axis.ts";

export type LineageRelation = "responds-to" | "supersedes" | "related";

interface Proposal {
  link: EntityLink;
  kindLabel: string;
  sortKey: string;
}

interface Edge {
  from: string;
  to: string;
  relation: LineageRelation;
}

export interface LineageIndex {
  proposals: Map<string, Proposal>;
  edges: Edge[];
  /** Each proposal's neighbours, by any relation. */
  near: Map<string, string[]>;
}

export interface LineageNode {
  link: EntityLink;
  kindLabel: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface LineageEdge {
  relation: LineageRelation;
  label: string;
  path: string;
  from: EntityLink;
  to: EntityLink;
}

export interface LineagePicture {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  nodes: LineageNode[];
  edges: LineageEdge[];
  relations: LineageRelation[];
}

const RELATION_TEXT: Record<LineageRelation, string> = { "responds-to": "responds to", supersedes: "supersedes", related: "is related to" };
const NODE_WIDTH = 176;
const LINE = 15;
const CHARS = 26;
const MAX_LINES = 3;

export function lineageIndex(pages: readonly PictureSource[]): LineageIndex {
  const proposals = new Map<string, Proposal>();
  for (const p of pages) if (p.kind === "proposal") proposals.set(p.id, { link: p.link, kindLabel: p.proposalKindLabel, sortKey: p.date?.sortKey ?? "9999" });
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, relation: LineageRelation) => {
    const key = [from, to].sort().join("\0");
    if (from === to || seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, relation });
  };
  for (const p of pages) {
    if (p.kind !== "proposal") continue;
    if (p.counterproposalOf) add(p.id, p.counterproposalOf.id, "responds-to");
    if (p.supersededBy) add(p.supersededBy.id, p.id, "supersedes");
  }
  const older = (a: string, b: string) => {
    const [pa, pb] = [proposals.get(a)!, proposals.get(b)!];
    return pa.sortKey.localeCompare(pb.sortKey) || a.localeCompare(b);
  };
  for (const p of pages) if (p.kind === "proposal") for (const r of p.related) older(p.id, r.id) < 0 ? add(p.id, r.id, "related") : add(r.id, p.id, "related");
  const near = new Map<string, string[]>();
  for (const e of edges) {
    near.set(e.from, [...(near.get(e.from) ?? []), e.to]);
    near.set(e.to, [...(near.get(e.to) ?? []), e.from]);
  }
  return { proposals, edges, near };
}

/** The proposal and those nearest it along any relation, up to `size`; undefined when it has none. */
export function lineageAround(index: LineageIndex, id: string, size: number): string[] | undefined {
  if (!index.near.get(id)?.length) return undefined;
  const found = [id];
  const seen = new Set(found);
  for (let i = 0; i < found.length && found.length < size; i++) {
    for (const next of (index.near.get(found[i]!) ?? []).slice().sort()) {
      if (seen.has(next) || found.length >= size) continue;
      seen.add(next);
      found.push(next);
    }
  }
  return found;
}

/** Connected groups of related proposals, largest first, filled up to `size` proposals in all. */
export function largestLineages(index: LineageIndex, size: number): string[] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const id of [...index.near.keys()].sort()) {
    if (seen.has(id)) continue;
    const group = lineageAround(index, id, Infinity)!;
    for (const g of group) seen.add(g);
    groups.push(group);
  }
  groups.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const chosen: string[] = [];
  for (const g of groups) if (chosen.length + g.length <= size) chosen.push(...g);
  return chosen;
}

/** Words into at most three short lines, the last ending in an ellipsis when cut. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, CHARS - 1)}…`;
  return kept;
}

export function lineagePicture(index: LineageIndex, ids: string[], options: { id: string; title: string }): LineagePicture {
  const members = new Set(ids);
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 56, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const sorted = [...members].sort();
  const labels = new Map(sorted.map((id) => [id, wrap(index.proposals.get(id)!.link.name)]));
  for (const id of sorted) g.setNode(id, { width: NODE_WIDTH, height: (labels.get(id)!.length + 1) * LINE + 10 });
  const edges = index.edges.filter((e) => members.has(e.from) && members.has(e.to));
  // What is answered or replaced comes first: the diagram draws time left to right.
  const laidOut = (e: Edge) => (e.relation === "related" ? [e.from, e.to] : [e.to, e.from]) as [string, string];
  for (const e of edges) g.setEdge(...laidOut(e));
  dagre.layout(g);
  const link = (id: string) => index.proposals.get(id)!.link;
  const nodes = sorted.map((id) => {
    const n = g.node(id);
    const width = n.width;
    const height = n.height;
    return { link: link(id), kindLabel: index.proposals.get(id)!.kindLabel, x: round(n.x - width / 2), y: round(n.y - height / 2), width, height, lines: labels.get(id)! };
  });
  const drawn = edges.map((e) => {
    const points: Array<{ x: number; y: number }> = g.edge(...laidOut(e)).points ?? [];
    // Arrows point the way the relation reads: from the answer to what it answers, from the successor to what it replaces.
    const ordered = e.relation === "related" ? points : points.slice().reverse();
    return {
      relation: e.relation,
      label: `${link(e.from).name} ${RELATION_TEXT[e.relation]} ${link(e.to).name}`,
      path: ordered.map((p, i) => `${i ? "L" : "M"}${round(p.x)} ${round(p.y)}`).join(""),
      from: link(e.from),
      to: link(e.to),
    };
  });
  const graph = g.graph();
  return {
    id: options.id,
    title: options.title,
    description: `${nodes.length} proposals and how they answer each other: ${drawn.slice(0, 12).map((e) => e.label).join("; ")}${drawn.length > 12 ? `; and ${drawn.length - 12} more relations` : ""}.`,
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes,
    edges: drawn,
    relations: (["responds-to", "supersedes", "related"] as const).filter((r) => drawn.some((e) => e.relation === r)),
  };
}
