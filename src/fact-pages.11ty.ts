/** One page per fact, from each entity's page: a shard renders the fact pages of the entity pages it renders. */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import { factPage } from "../_includes/fact-page.ts";
import type { FactPage } from "../scripts/graph/fact-pages.ts";

export const data = paginate((graph) => graph.pages.flatMap((p) => p.factPages), (page) => page.url);

export function render({ graph, item }: ItemData<FactPage>): string {
  return factPage(graph, item);
}
