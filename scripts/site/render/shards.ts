/**
 * Splitting a site graph into Eleventy runs. Entity pages are sliced across
 * runs; the pages that exist once (home, indexes, timeline, feed…) go to one
 * run. Each run gets what its pages need and no more, so each stays small:
 * one Eleventy run over every page holds every rendered page in memory at once.
 */
import type { RenderShard, SiteGraph } from "../../graph/site-graph.ts";

export interface ShardInput {
  graph: SiteGraph;
  shard: RenderShard;
  /** Entity pages this run renders. */
  pages: number;
}

/** What every page's shell reads: kept whole in every run. */
const CORE = ["site", "nav", "fixed"] as const satisfies ReadonlyArray<keyof SiteGraph>;

/** The same shape with every list emptied: the singleton templates still run in each shard, over nothing. */
function emptied<T>(value: T): T {
  if (Array.isArray(value)) return [] as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptied(v)])) as T;
  return value;
}

export function planShards(graph: SiteGraph, pagesPerShard: number): ShardInput[] {
  const core = Object.fromEntries(CORE.map((k) => [k, graph[k]]));
  const rest = emptied(graph);
  const inputs: ShardInput[] = [{ graph: { ...graph, pages: [] }, shard: { singletons: true }, pages: 0 }];
  for (let start = 0; start < graph.pages.length; start += pagesPerShard) {
    const pages = graph.pages.slice(start, start + pagesPerShard);
    inputs.push({ graph: { ...rest, ...core, pages } as SiteGraph, shard: { singletons: false }, pages: pages.length });
  }
  return inputs;
}
