/**
 * The list of files the service worker caches for offline reading, with a
 * version derived from their contents (also Pagefind's metaCacheTag). `core`
 * (assets, search bundle, indexes) is always cached; `pages` too while the whole
 * site stays under the budget — past it, pages are cached as they are read.
 * Built from the records of the files as they were written: nothing is read back.
 */
import { createHash } from "node:crypto";
import { KINDS, KIND_LIST } from "../schema/index.ts";
import { BUILD_INFO_PATH, OFFLINE_MANIFEST_PATH, SERVICE_WORKER_PATH, type BuildInfo, type OfflineManifest } from "../shared/contracts.ts";
import type { OutputFiles } from "./output-files.ts";

export const PRECACHE_BUDGET_BYTES = 50 * 1024 * 1024;

/** Entity pages and their JSON twins: everything else is the core a reader needs offline. */
const ENTITY_FILE = new RegExp(`^(${KIND_LIST.map((k) => KINDS[k].segment).join("|")})/[^/]+(/index\\.html|\\.json)$`);

export function writeOfflineManifest(out: OutputFiles): void {
  const hash = createHash("sha256");
  const core: string[] = [];
  const pages: string[] = [];
  let bytes = 0;
  for (const [file, size, sha] of [...out.records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (file === SERVICE_WORKER_PATH) continue;
    hash.update(file).update(sha);
    bytes += size;
    // Directory URLs are what readers visit; cache them under that name.
    const url = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
    (ENTITY_FILE.test(file) ? pages : core).push(url);
  }
  const version = hash.digest("hex").slice(0, 16);
  const manifest: OfflineManifest = { version, bytes, precacheAll: bytes <= PRECACHE_BUDGET_BYTES, core, pages };
  // The search page needs only the version (Pagefind's metaCacheTag), not the whole list.
  const info: BuildInfo = { version };
  out.write(OFFLINE_MANIFEST_PATH, JSON.stringify(manifest) + "\n");
  out.write(BUILD_INFO_PATH, JSON.stringify(info) + "\n");
}
