/**
 * The whole data side of a build: check the data (load → validate → check →
 * link), derive the site graph, then hold it to the permanence manifest.
 * Problems from every stage are collected so that one run reports them all.
 */
import { checkData, type CheckedData } from "../pipeline/check-data.ts";
import { checkPermanence } from "../pipeline/checks/permanence.ts";
import type { Problem } from "../pipeline/problems.ts";
import { deriveSite, type DeriveOptions, type SiteGraph } from "./site-graph.ts";

/** `picturesMs`: the part of the derive spent laying out pictures. */
export type GraphResult = { ok: true; graph: SiteGraph; problems: []; picturesMs: number } | { ok: false; problems: Problem[] };

export function buildSiteGraph(dataDir: string, options: DeriveOptions): GraphResult {
  return graphOfCheckedData(checkData(dataDir), options);
}

/** For a caller that also reads the checked data (the curator's check, which runs the archive check on it). */
export function graphOfCheckedData(data: CheckedData, options: DeriveOptions): GraphResult {
  if (data.problems.length > 0 || !data.settings) return { ok: false, problems: data.problems };
  const { graph, picturesMs } = deriveSite(data.linked, data.settings, data.redirects, { quotePositions: data.quotePositions, ...options });
  const permanence = checkPermanence(data.manifest, graph.pageUrls, data.redirects, data.redirectsFile, graph.publishedUrls);
  if (permanence.length > 0) return { ok: false, problems: permanence };
  return { ok: true, graph, problems: [], picturesMs };
}
