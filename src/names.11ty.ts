/**
 * Name shards for typo-tolerant search, one plain script per initial: a search
 * loads only the shards of its words' initials. Scripts rather than fetches,
 * because browsers allow them on pages opened from disk (file://).
 */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import { jsonScript } from "../_includes/html.ts";
import { NAME_SHARDS_GLOBAL, nameShardPath } from "../scripts/shared/contracts.ts";
import type { SiteGraph } from "../scripts/graph/site-graph.ts";

type Shard = SiteGraph["nameShards"][number];

export const data = paginate((graph) => graph.nameShards, (shard) => `/${nameShardPath(shard.key)}`);

export function render({ item: shard }: ItemData<Shard>): string {
  return `(window.${NAME_SHARDS_GLOBAL} = window.${NAME_SHARDS_GLOBAL} || {})[${JSON.stringify(shard.key)}] = ${jsonScript(shard.entries).value};\n`;
}
