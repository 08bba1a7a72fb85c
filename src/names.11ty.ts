/**
 * Name shards for typo-tolerant search, one plain script per initial: a search
 * loads only the shards of its words' initials. Scripts rather than fetches,
 * because browsers allow them on pages opened from disk (file://).
 */
import type { SiteGraph } from "../scripts/pipeline/views.ts";
import { jsonScript } from "../_includes/html.ts";

type Shard = SiteGraph["nameShards"][number];

export const data = {
  pagination: { data: "graph.nameShards", size: 1, alias: "shard", addAllPagesToCollections: false },
  permalink: (d: { shard: Shard }) => `/assets/names/${d.shard.key}.js`,
  eleventyExcludeFromCollections: true,
};

export function render({ shard }: { shard: Shard }): string {
  return `(window.FACT_SHEET_NAMES = window.FACT_SHEET_NAMES || {})[${JSON.stringify(shard.key)}] = ${jsonScript(shard.entries).value};\n`;
}
