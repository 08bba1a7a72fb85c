/** The JSON twin of every entity page, at a URL predictable from the page's URL. */
import type { EntityPage } from "../scripts/pipeline/views.ts";

export const data = {
  pagination: { data: "graph.pages", size: 1, alias: "entityPage", addAllPagesToCollections: false },
  permalink: (d: { entityPage: EntityPage }) => d.entityPage.twinUrl,
  eleventyExcludeFromCollections: true,
};

export function render({ entityPage }: { entityPage: EntityPage }): string {
  return JSON.stringify(entityPage.twin, null, 2) + "\n";
}
