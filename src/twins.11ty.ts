/** The JSON twin of every entity page, at a URL predictable from the page's URL. */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import type { EntityPage } from "../scripts/graph/pages/index.ts";

export const data = paginate((graph) => graph.pages, (page) => page.twinUrl);

export function render({ item }: ItemData<EntityPage>): string {
  return JSON.stringify(item.twin, null, 2) + "\n";
}
