/** The whole dataset as JSON and as CSV per entity type. */
import type { CsvFile, SiteGraph } from "../scripts/pipeline/views.ts";

type Download = { url: string; body: string };

export const data = {
  pagination: {
    data: "graph",
    size: 1,
    alias: "download",
    before: (_: unknown, all: { graph: SiteGraph }): Download[] => [
      { url: "/data/dataset.json", body: JSON.stringify(all.graph.dataset, null, 2) + "\n" },
      ...all.graph.csv.map((c: CsvFile) => ({ url: c.url, body: c.content })),
    ],
  },
  permalink: (d: { download: Download }) => d.download.url,
  eleventyExcludeFromCollections: true,
};

export function render({ download }: { download: Download }): string {
  return download.body;
}
