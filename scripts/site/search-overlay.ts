/**
 * Keeping search current while a curator edits. Pagefind cannot take a page
 * out of an index, and indexing 10,000 pages again takes longer than a
 * curator should wait, so the pages an edit changed are indexed on their own,
 * into a small overlay the search page merges over the main index (hiding the
 * main index's stale copies). When edits pause, the main index is rebuilt in
 * full and the overlay goes: the result is then the one a clean build gives.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BUILD_INFO_PATH, SEARCH_OVERLAY_PATH, type BuildInfo } from "../shared/contracts.ts";
import { indexWithPagefind } from "./pagefind-index.ts";

function readBuildInfo(siteDir: string): BuildInfo {
  return JSON.parse(readFileSync(join(siteDir, BUILD_INFO_PATH), "utf8")) as BuildInfo;
}

function writeBuildInfo(siteDir: string, info: BuildInfo): void {
  writeFileSync(join(siteDir, `${BUILD_INFO_PATH}.writing`), JSON.stringify(info) + "\n");
  renameSync(join(siteDir, `${BUILD_INFO_PATH}.writing`), join(siteDir, BUILD_INFO_PATH));
}

/**
 * Indexes `changed` (HTML files, relative to the site) into the overlay, which
 * then stands in for them and for `removed` (URLs) in the main index.
 */
export async function updateSearchOverlay(siteDir: string, changed: string[], removed: string[], replaced: string[]): Promise<void> {
  const mirror = `${siteDir}.overlay-pages`;
  rmSync(mirror, { recursive: true, force: true });
  // Hard links: the overlay's indexer reads only the changed pages, at no copying cost.
  for (const file of changed) {
    mkdirSync(dirname(join(mirror, file)), { recursive: true });
    linkSync(join(siteDir, file), join(mirror, file));
  }
  const next = join(siteDir, `${SEARCH_OVERLAY_PATH}.next`);
  try {
    if (changed.length) await indexWithPagefind(mirror, next);
    rmSync(join(siteDir, SEARCH_OVERLAY_PATH), { recursive: true, force: true });
    if (changed.length) renameSync(next, join(siteDir, SEARCH_OVERLAY_PATH));
  } finally {
    rmSync(mirror, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  }
  const info = readBuildInfo(siteDir);
  writeBuildInfo(siteDir, { ...info, overlay: { path: changed.length ? `${SEARCH_OVERLAY_PATH}/` : undefined, replaces: [...new Set([...replaced, ...removed])].sort() } });
}

/** Builds the main index over every page, beside the live one (stopped by `signal` when the site changes meanwhile). */
export async function buildFullSearchIndex(siteDir: string, signal?: AbortSignal): Promise<void> {
  const next = join(siteDir, "pagefind.next");
  rmSync(next, { recursive: true, force: true });
  try {
    await indexWithPagefind(siteDir, next, signal);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
}

/** Puts the index buildFullSearchIndex made in place of the main one, and drops the overlay. */
export function swapInFullSearchIndex(siteDir: string): void {
  const old = join(siteDir, "pagefind.old");
  rmSync(old, { recursive: true, force: true });
  renameSync(join(siteDir, "pagefind"), old);
  renameSync(join(siteDir, "pagefind.next"), join(siteDir, "pagefind"));
  rmSync(old, { recursive: true, force: true });
  rmSync(join(siteDir, SEARCH_OVERLAY_PATH), { recursive: true, force: true });
  const info = readBuildInfo(siteDir);
  delete info.overlay;
  writeBuildInfo(siteDir, info);
}
