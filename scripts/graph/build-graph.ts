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
import { MAIN_SEARCH_BUNDLE, SEARCH_OVERLAY_PATH } from "../shared/contracts.ts";
import { CARDS_FOLDER } from "../shared/url-scheme.ts";
import { sitePagePaths } from "./page-urls.ts";
import { deriveSite, type DeriveOptions, type Deferred, type SiteGraph } from "./site-graph.ts";

/** `picturesMs`: the part of the derive spent laying out pictures. */
export type GraphResult =
  | { ok: true; graph: SiteGraph; deferred: Deferred; problems: []; warnings: Problem[]; picturesMs: number }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

/** Folders the build writes files of its own into: no redirect page may land there (a split search index's parts begin with the main bundle's name). */
const RESERVED_FOLDERS = ["/assets/", `/${MAIN_SEARCH_BUNDLE}`, `/${SEARCH_OVERLAY_PATH}/`, CARDS_FOLDER];

/** What the published URLs must keep: redirects that lead somewhere, and every URL ever published. */
export function checkPublishing(data: CheckedData, urls: { pageUrls: readonly string[]; publishedUrls: readonly string[] }): Problem[] {
  const redirects = checkRedirectTargets(data.redirects, data.redirectsFile, data.redirectsSource, {
    entityPages: new Set(urls.pageUrls),
    sitePages: sitePagePaths(),
    reservedFolders: RESERVED_FOLDERS,
  });
  return [...redirects, ...checkPermanence(data.manifest, urls.pageUrls, data.redirects, urls.publishedUrls)];
}

export function buildSiteGraph(dataDir: string, options: DeriveOptions): GraphResult {
  const data = checkData(dataDir);
  if (data.problems.length > 0 || !data.settings) return { ok: false, problems: data.problems, warnings: data.warnings };
  const { graph, deferred, picturesMs } = deriveSite(data.linked, data.settings, data.redirects, { quotePositions: data.quotePositions, ...options });
  const problems = checkPublishing(data, graph);
  if (problems.length > 0) return { ok: false, problems, warnings: data.warnings };
  return { ok: true, graph, deferred, problems: [], warnings: data.warnings, picturesMs };
}
