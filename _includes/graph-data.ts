/**
 * How templates reach the site graph: Eleventy hands every template the graph
 * as global data, and a template with one page per item of a graph list gets
 * its front matter from `paginate`, typed end to end.
 */
import type { RenderShard, SiteGraph } from "../scripts/graph/site-graph.ts";

export interface TemplateData {
  graph: SiteGraph;
  shard: RenderShard;
}

export type ItemData<T> = TemplateData & { item: T };

/** Front matter for one page (or file) per item of a list the graph holds; the permalink comes from the item, never from Eleventy. */
export function paginate<T>(select: (graph: SiteGraph) => T[], permalink: (item: T) => string) {
  return {
    pagination: {
      // Eleventy paginates over named data; `before` swaps in the typed list.
      data: "graph",
      size: 1,
      alias: "item",
      addAllPagesToCollections: false,
      before: (_: unknown, data: TemplateData): T[] => select(data.graph),
    },
    permalink: (data: { item: T }) => permalink(data.item),
    eleventyExcludeFromCollections: true,
  };
}

/** Front matter for a single page at a fixed path, written by the run that renders the singletons. */
export function single(permalink: string) {
  return { permalink: (data: TemplateData) => (data.shard.singletons ? permalink : false), eleventyExcludeFromCollections: true };
}
