/**
 * Splitting a site graph into Eleventy runs. Entity pages are sliced across
 * runs; the pages that exist once (home, indexes, timeline, feed…) go to one
 * run. Each run gets what its pages need and no more, so each stays small:
 * one Eleventy run over every page holds every rendered page in memory at once.
 * A slice's pages are built only when its run is about to start.
 */
import type { PageStream, RenderShard, SiteGraph } from "../../graph/site-graph.ts";

export interface ShardInput {
  graph: SiteGraph;
  shard: RenderShard;
  /** Entity pages this run renders. */
  pages: number;
}

/** A run to come: how many entity pages it renders, and its input, made when it is needed. */
export interface PlannedShard {
  pages: number;
  input(): ShardInput;
}

/** What every page's shell reads: kept whole in every run. */
const CORE = ["site", "nav", "fixed"] as const satisfies ReadonlyArray<keyof SiteGraph>;

/** The same shape with every list emptied: the singleton templates still run in each shard, over nothing. */
function emptied<T>(value: T): T {
  if (Array.isArray(value)) return [] as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptied(v)])) as T;
  return value;
}

/** The pages a graph holds, as a stream (a watching session renders the pages it changed this way). */
export const heldPages = (graph: SiteGraph): PageStream => ({ count: graph.pages.length, slice: (start, end) => graph.pages.slice(start, end) });

/**
 * A run over some entity pages alone, with the rest of the graph emptied:
 * Eleventy copies its global data for every template it renders, so a run
 * handed the whole graph of a large site spends seconds on one page.
 */
export function entityPagesShard(graph: SiteGraph, pages: SiteGraph["pages"]): ShardInput {
  const core = Object.fromEntries(CORE.map((k) => [k, graph[k]]));
  return { graph: { ...emptied(graph), ...core, pages } as SiteGraph, shard: { singletons: false }, pages: pages.length };
}

export function planShards(graph: SiteGraph, pagesPerShard: number, stream: PageStream = heldPages(graph)): PlannedShard[] {
  const singletons: ShardInput = { graph: { ...graph, pages: [] }, shard: { singletons: true }, pages: 0 };
  const planned: PlannedShard[] = [{ pages: 0, input: () => singletons }];
  for (let start = 0; start < stream.count; start += pagesPerShard) {
    const end = Math.min(start + pagesPerShard, stream.count);
    planned.push({ pages: end - start, input: () => entityPagesShard(graph, stream.slice(start, end)) });
  }
  return planned;
}
