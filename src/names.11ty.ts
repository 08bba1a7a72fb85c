/**
 * The names layer's shards, one plain script each: a search loads only the
 * shards of its words. Scripts rather than fetches, because browsers allow them
 * on pages opened from disk (file://).
 */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import { jsonScript } from "../_includes/html.ts";
import { NAME_INDEX_GLOBAL } from "../scripts/shared/contracts.ts";
import type { NameShard } from "../scripts/graph/search.ts";

export const data = paginate((graph) => graph.nameShards, (shard) => `/${shard.path}`);

export function render({ item: shard }: ItemData<NameShard>): string {
  const table = `(window.${NAME_INDEX_GLOBAL} = window.${NAME_INDEX_GLOBAL} || { grams: {}, words: {}, lengths: {} }).${shard.part}`;
  return `${table}[${JSON.stringify(shard.key)}] = ${jsonScript(shard.entries).value};\n`;
}
