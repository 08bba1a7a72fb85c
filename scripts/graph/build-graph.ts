/**
 * The whole data side of a build: check the data (load → validate → check →
 * link), derive the site graph, then hold it to the permanence manifest.
 * Problems from every stage are collected so that one run reports them all.
 */
import { checkData } from "../pipeline/check-data.ts";
import { checkPermanence } from "../pipeline/checks/permanence.ts";
import type { Problem } from "../pipeline/problems.ts";
import { deriveSiteGraph, type DeriveOptions, type SiteGraph } from "./site-graph.ts";

export type GraphResult = { ok: true; graph: SiteGraph; problems: [] } | { ok: false; problems: Problem[] };

export function buildSiteGraph(dataDir: string, options: DeriveOptions): GraphResult {
  const data = checkData(dataDir);
  if (data.problems.length > 0 || !data.settings) return { ok: false, problems: data.problems };
  const graph = deriveSiteGraph(data.linked, data.settings, data.redirects, { quotePositions: data.quotePositions, ...options });
  const permanence = checkPermanence(data.manifest, graph.pageUrls, data.redirects, data.redirectsFile, graph.publishedUrls);
  if (permanence.length > 0) return { ok: false, problems: permanence };
  return { ok: true, graph, problems: [] };
}
