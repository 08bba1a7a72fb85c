/**
 * What the service worker caches, with a version derived from the contents of
 * every file (also Pagefind's metaCacheTag). Built from the records of the
 * files as they were written: nothing is read back.
 */
import { createHash } from "node:crypto";
import {
  BUILD_INFO_PATH,
  OFFLINE_FILES_PATH,
  OFFLINE_MANIFEST_PATH,
  SERVICE_WORKER_PATH,
  SERVICE_WORKER_VERSION,
  type BuildInfo,
  type OfflineFiles,
  type OfflineManifest,
} from "../shared/contracts.ts";
import type { OutputFiles } from "./output-files.ts";
import { cardPath, HOST_REDIRECTS_PATH, rootRelativeUrl } from "../shared/url-scheme.ts";

/** A site this small (the bundled data with its fact pages is 5.4 MB, preview cards left out) is kept whole from the first visit. */
export const DEFAULT_PRECACHE_BUDGET_BYTES = 8 * 1024 * 1024;

/**
 * What a first visit caches whatever the site's size: the pages that open it,
 * the shared assets, and the entry of the search index (its chunks are cached
 * as searches load them).
 */
const SHELL = [/^$/, /^search\/$/, /^404\.html$/, /^assets\/(site\.css|site\.js|redirect\.js|build\.json|favicon\.[a-z]+)$/, /^pagefind(-\d+)?\/(pagefind\.js|pagefind-entry\.json|pagefind-highlight\.js|[^/]+\.pf_meta|wasm\.en\.pagefind)$/];

const NOT_FOR_READERS = new RegExp(`^(${rootRelativeUrl(cardPath("/x/")).split("/")[0]}/|${rootRelativeUrl(HOST_REDIRECTS_PATH)}$)`);

/**
 * Writes the manifest, the file list and build.json, and the service worker
 * (`worker`: its bundle) with the version stamped in.
 */
/** `searchParts`: the folders of a split search index beyond the main one. */
export function writeOfflineManifest(out: OutputFiles, worker: string, precacheBudget = DEFAULT_PRECACHE_BUDGET_BYTES, searchParts: string[] = []): void {
  const hash = createHash("sha256");
  const files: OfflineFiles = [];
  let bytes = 0;
  for (const [file, size, sha] of [...out.records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (file === SERVICE_WORKER_PATH || file === OFFLINE_MANIFEST_PATH || file === OFFLINE_FILES_PATH || file === BUILD_INFO_PATH) continue;
    // Preview cards are for the apps a link is shared in, and the host's rules for the host: a reader offline needs neither.
    if (NOT_FOR_READERS.test(file)) continue;
    hash.update(file).update(sha);
    bytes += size;
    // Directory URLs are what readers visit; cache them under that name.
    files.push([file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file, sha.slice(0, 12)]);
  }
  const version = hash.digest("hex").slice(0, 16);
  const shell = [...files, [BUILD_INFO_PATH, ""] as [string, string]].filter(([f]) => SHELL.some((pattern) => pattern.test(f)));
  const manifest: OfflineManifest = { version, bytes, files: files.length, precacheAll: bytes <= precacheBudget, shell };
  out.write(OFFLINE_MANIFEST_PATH, JSON.stringify(manifest) + "\n");
  out.write(OFFLINE_FILES_PATH, JSON.stringify(files) + "\n");
  out.write(SERVICE_WORKER_PATH, worker.replaceAll(SERVICE_WORKER_VERSION, version));
  // The search page needs only the version (Pagefind's metaCacheTag), not the lists.
  const info: BuildInfo = { version, ...(searchParts.length ? { searchParts: searchParts.map((part) => `${part}/`) } : {}) };
  out.write(BUILD_INFO_PATH, JSON.stringify(info) + "\n");
}
