/** One page per entity, of every kind, at the URL the graph gives it. */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import { entityPage } from "../_includes/entity-page.ts";
import type { EntityPage } from "../scripts/graph/pages/index.ts";

export const data = paginate((graph) => graph.pages, (page) => page.url);

export function render({ graph, item }: ItemData<EntityPage>): string {
  return entityPage(graph, item);
}
