/** The whole dataset as JSON and as CSV per entity type. */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import type { Download } from "../scripts/graph/views.ts";

export const data = paginate((graph) => graph.downloads, (download) => download.url);

export function render({ item }: ItemData<Download>): string {
  return item.body;
}
