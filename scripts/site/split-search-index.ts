/**
 * The search index of a whole site. Pagefind holds every page it indexes in
 * memory until it writes (about 70 KB a page: 7 GB at 100,000 entities), so a
 * large site is indexed in parts of at most PAGES_PER_SEARCH_INDEX pages, one
 * Pagefind process per part and as many at once as there are cores. The
 * search page merges the parts (Pagefind's multisite search: `mergeIndex`),
 * listed in build.json; a site that fits one index gets exactly one, as before.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { indexWithPagefind } from "./pagefind-index.ts";
import { MAIN_SEARCH_BUNDLE, searchBundleName } from "../shared/contracts.ts";

export const PAGES_PER_SEARCH_INDEX = 25_000;

export interface SearchIndexReport {
  pages: number;
  /** Each part's folder under the site, the main one first. */
  bundles: string[];
}

/** Every HTML page of the site in a fixed order, search bundles left out; read from disk unless the caller knows its files. */
function htmlPages(siteDir: string, files?: readonly string[]): string[] {
  return (files ?? (readdirSync(siteDir, { recursive: true, encoding: "utf8" }) as string[]).map((f) => f.split("\\").join("/")))
    .filter((f) => f.endsWith(".html") && !/^pagefind[^/]*\//.test(f))
    .sort();
}

/** Splits `items` into `parts` runs whose lengths differ by one at most. */
function balanced<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((part) => part.length);
}

/** `files`: the site's files, when the build has them already (its write records), to spare a walk of the whole output. */
export async function indexSite(siteDir: string, bundlesDir = siteDir, perIndex: number = PAGES_PER_SEARCH_INDEX, files?: readonly string[]): Promise<SearchIndexReport> {
  const pages = htmlPages(siteDir, files);
  if (pages.length <= perIndex) return { pages: await indexWithPagefind(siteDir, join(bundlesDir, MAIN_SEARCH_BUNDLE)), bundles: [MAIN_SEARCH_BUNDLE] };
  const parts = balanced(pages, Math.ceil(pages.length / perIndex));
  const bundles = parts.map((_, i) => searchBundleName(i));
  // The bundles' folder may not exist yet (the benchmark's Pagefind floor writes into a fresh one).
  mkdirSync(bundlesDir, { recursive: true });
  const lists = parts.map((part, i) => {
    const list = join(bundlesDir, `.${bundles[i]}.pages`);
    writeFileSync(list, part.join("\n") + "\n");
    return list;
  });
  let next = 0;
  const indexed = parts.map(() => 0);
  const worker = async () => {
    while (next < parts.length) {
      const i = next++;
      indexed[i] = await indexWithPagefind(siteDir, join(bundlesDir, bundles[i]!), undefined, lists[i]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), parts.length) }, worker));
  } finally {
    for (const list of lists) rmSync(list, { force: true });
  }
  // A part of pages that mark no body for indexing has no index at all, and Pagefind refuses to merge it;
  // the main bundle's folder goes to the first part that has one (a bundle's files do not name their folder).
  const kept = bundles.filter((_, i) => indexed[i]! > 0);
  for (const [i, count] of indexed.entries()) if (count === 0) rmSync(join(bundlesDir, bundles[i]!), { recursive: true, force: true });
  if (kept.length && kept[0] !== MAIN_SEARCH_BUNDLE) renameSync(join(bundlesDir, kept.shift()!), join(bundlesDir, MAIN_SEARCH_BUNDLE)), kept.unshift(MAIN_SEARCH_BUNDLE);
  return { pages: indexed.reduce((a, b) => a + b, 0), bundles: kept.length ? kept : [MAIN_SEARCH_BUNDLE] };
}
