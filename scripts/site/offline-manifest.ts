/**
 * What the service worker caches, with a version derived from the contents of
 * every file (also Pagefind's metaCacheTag). Built from the records of the
 * files as they were written: nothing is read back.
 */
import { createHash } from "node:crypto";
import { BUILD_INFO_PATH, OFFLINE_FILES_PATH, OFFLINE_MANIFEST_PATH, SERVICE_WORKER_PATH, type BuildInfo, type OfflineManifest } from "../shared/contracts.ts";
import type { OutputFiles } from "./output-files.ts";

/** A site this small (as the bundled data is) is kept whole from the first visit. */
export const DEFAULT_PRECACHE_BUDGET_BYTES = 5 * 1024 * 1024;

/**
 * What a first visit caches whatever the site's size: the pages that open it,
 * the shared assets, and the entry of the search index (its chunks are cached
 * as searches load them).
 */
const SHELL = [/^$/, /^search\/$/, /^404\.html$/, /^assets\/(site\.css|site\.js|redirect\.js|build\.json|favicon\.[a-z]+)$/, /^pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind-highlight\.js|[^/]+\.pf_meta|wasm\.en\.pagefind)$/];

export function writeOfflineManifest(out: OutputFiles, precacheBudget = DEFAULT_PRECACHE_BUDGET_BYTES): void {
  const hash = createHash("sha256");
  const files: string[] = [];
  let bytes = 0;
  for (const [file, size, sha] of [...out.records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (file === SERVICE_WORKER_PATH) continue;
    hash.update(file).update(sha);
    bytes += size;
    // Directory URLs are what readers visit; cache them under that name.
    files.push(file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file);
  }
  const version = hash.digest("hex").slice(0, 16);
  const shell = [...files, BUILD_INFO_PATH].filter((f) => SHELL.some((pattern) => pattern.test(f)));
  const manifest: OfflineManifest = { version, bytes, files: files.length, precacheAll: bytes <= precacheBudget, shell };
  out.write(OFFLINE_MANIFEST_PATH, JSON.stringify(manifest) + "\n");
  out.write(OFFLINE_FILES_PATH, JSON.stringify(files) + "\n");
  // The search page needs only the version (Pagefind's metaCacheTag), not the lists.
  const info: BuildInfo = { version };
  out.write(BUILD_INFO_PATH, JSON.stringify(info) + "\n");
}
