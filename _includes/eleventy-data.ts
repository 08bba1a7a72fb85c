/** What Eleventy hands every template: the site graph plus the page being rendered. */
import type { SiteGraph } from "../scripts/pipeline/views.ts";

export interface PageData {
  graph: SiteGraph;
  page: { url: string };
}
