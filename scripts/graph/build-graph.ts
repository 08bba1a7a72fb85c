/**
 * The whole data side of a build: check the data (load → validate → check →
 * link), derive the site graph, then hold it to its promises: sound redirects
 * and the permanence manifest. Problems from every stage are collected so that
 * one run reports them all.
 */
import { checkData, type CheckedData } from "../pipeline/check-data.ts";
import { checkPermanence } from "../pipeline/checks/permanence.ts";
import { checkRedirectTargets } from "../pipeline/checks/redirects.ts";
import type { Problem } from "../pipeline/problems.ts";
import { PAGEFIND_PATH, SEARCH_OVERLAY_PATH } from "../shared/contracts.ts";
import { deriveSiteGraph, type DeriveOptions, type SiteGraph } from "./site-graph.ts";

export type GraphResult = { ok: true; graph: SiteGraph; problems: []; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

/** Folders the build writes files of its own into: no redirect page may land there. */
const RESERVED_FOLDERS = ["/assets/", `/${PAGEFIND_PATH.split("/")[0]}/`, `/${SEARCH_OVERLAY_PATH}/`];

/** What a derived graph must keep: redirects that lead somewhere, and every URL ever published. */
export function checkPublishing(data: CheckedData, graph: SiteGraph): Problem[] {
  const redirects = checkRedirectTargets(data.redirects, data.redirectsFile, data.redirectsSource, {
    entityPages: new Set(graph.pageUrls),
    sitePages: new Set([...Object.values(graph.fixed).map((m) => m.url), ...graph.indexes.map((i) => i.url)]),
    reservedFolders: RESERVED_FOLDERS,
  });
  return [...redirects, ...checkPermanence(data.manifest, graph.pageUrls, data.redirects, graph.publishedUrls)];
}

export function buildSiteGraph(dataDir: string, options: DeriveOptions): GraphResult {
  const data = checkData(dataDir);
  if (data.problems.length > 0 || !data.settings) return { ok: false, problems: data.problems, warnings: data.warnings };
  const graph = deriveSiteGraph(data.linked, data.settings, data.redirects, options);
  const problems = checkPublishing(data, graph);
  if (problems.length > 0) return { ok: false, problems, warnings: data.warnings };
  return { ok: true, graph, problems: [], warnings: data.warnings };
}
