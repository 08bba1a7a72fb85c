/**
 * The list of files the service worker caches for offline reading, with a
 * version derived from their contents (also Pagefind's metaCacheTag). `core`
 * (assets, search bundle, indexes) is always cached; `pages` too while the whole
 * site stays under the budget — past it, pages are cached as they are read.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { KINDS, KIND_LIST } from "../schema/index.ts";
import { BUILD_INFO_PATH, OFFLINE_MANIFEST_PATH, SERVICE_WORKER_PATH, type BuildInfo, type OfflineManifest } from "../shared/contracts.ts";

export const PRECACHE_BUDGET_BYTES = 50 * 1024 * 1024;

/** Entity pages and their JSON twins: everything else is the core a reader needs offline. */
const ENTITY_FILE = new RegExp(`^(${KIND_LIST.map((k) => KINDS[k].segment).join("|")})/[^/]+(/index\\.html|\\.json)$`);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function writeOfflineManifest(siteDir: string): number {
  const hash = createHash("sha256");
  const core: string[] = [];
  const pages: string[] = [];
  let bytes = 0;
  for (const path of listFiles(siteDir)) {
    const file = relative(siteDir, path).split(sep).join("/");
    if (file === SERVICE_WORKER_PATH || file === OFFLINE_MANIFEST_PATH || file === BUILD_INFO_PATH) continue;
    hash.update(file).update(readFileSync(path));
    bytes += statSync(path).size;
    // Directory URLs are what readers visit; cache them under that name.
    const url = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
    (ENTITY_FILE.test(file) ? pages : core).push(url);
  }
  const version = hash.digest("hex").slice(0, 16);
  const precacheAll = bytes <= PRECACHE_BUDGET_BYTES;
  const manifest: OfflineManifest = { version, bytes, precacheAll, core, pages };
  writeFileSync(join(siteDir, OFFLINE_MANIFEST_PATH), JSON.stringify(manifest) + "\n");
  const files = core.concat(pages);
  // The search page needs only the version (Pagefind's metaCacheTag), not the whole list.
  const info: BuildInfo = { version };
  writeFileSync(join(siteDir, BUILD_INFO_PATH), JSON.stringify(info) + "\n");
  return files.length + 3;
}
