/// <reference lib="webworker" />
// Offline after one visit. Installing caches the shell (the pages that open the
// site, its assets, the search index's entry); a site small enough is cached
// whole. Past that, whatever the reader opens or searches is cached as it is
// fetched, and saving the whole site is the reader's choice ("save-all").
//
// The build stamps its content version into this script, so every new build
// is a new worker: the browser installs it, and the files that did not change
// are carried over from the last version's cache instead of fetched again.
// Pages are network-first (fresh when online); the search index's chunks are
// named by their content, so the cache answers them first.
import { OFFLINE_FILES_PATH, OFFLINE_MANIFEST_PATH, SERVICE_WORKER_VERSION, type OfflineFiles, type OfflineManifest, type OfflineMessage } from "../../scripts/shared/contracts.ts";

declare const self: ServiceWorkerGlobalScope;

const VERSION: string = SERVICE_WORKER_VERSION;
const scope = new URL(self.registration.scope);
const CACHE_PREFIX = "fact-sheets-";
const CURRENT = CACHE_PREFIX + "current";
const BATCH = 25;
/** Named by their content: the same name is the same bytes, whatever the version. */
const CONTENT_NAMED = /\/pagefind(-\d+)?\/(fragment|index|filter)\/|\.pf_meta$|\/wasm\.[a-z]+\.pagefind$/;

const own = () => caches.open(CACHE_PREFIX + VERSION);
const href = (file: string) => new URL(file, scope).href;

async function fetchList(): Promise<OfflineFiles> {
  return (await (await fetch(href(OFFLINE_FILES_PATH), { cache: "no-store" })).json()) as OfflineFiles;
}

/** The list the next version compares against (what `previous` reads back). */
async function storeList(cache: Cache, list: OfflineFiles): Promise<void> {
  await cache.put(href(OFFLINE_FILES_PATH), new Response(JSON.stringify(list), { headers: { "content-type": "application/json" } }));
}

/** The version this worker replaces, its cache, and whether the reader had saved all of it. */
async function previous(): Promise<{ cache: Cache; files: Map<string, string>; savedAll: boolean } | undefined> {
  const current = await caches.open(CURRENT);
  const version = await (await current.match("version"))?.text();
  if (!version || version === VERSION || !(await caches.has(CACHE_PREFIX + version))) return undefined;
  const cache = await caches.open(CACHE_PREFIX + version);
  const list = (await (await cache.match(href(OFFLINE_FILES_PATH)))?.json().catch(() => undefined)) as OfflineFiles | undefined;
  return { cache, files: new Map(list ?? []), savedAll: (await current.match("saved-all"))?.ok === true };
}

/** Caches `files`, taking each from the last version's cache when its content is unchanged. */
async function cacheFiles(cache: Cache, files: OfflineFiles, before: Awaited<ReturnType<typeof previous>>, progress?: (done: number, total: number) => void): Promise<void> {
  const toFetch: string[] = [];
  for (const [file, hash] of files) {
    const kept = before && before.files.get(file) === hash ? await before.cache.match(href(file)) : undefined;
    if (kept) await cache.put(href(file), kept);
    else toFetch.push(href(file));
  }
  const urls = [...new Set(toFetch)];
  // Small batches keep memory flat on large sites.
  for (let i = 0; i < urls.length; i += BATCH) {
    await cache.addAll(urls.slice(i, i + BATCH));
    progress?.(Math.min(i + BATCH, urls.length), urls.length);
  }
}

async function install(): Promise<void> {
  const response = await fetch(href(OFFLINE_MANIFEST_PATH), { cache: "no-store" });
  const manifest = (await response.clone().json()) as OfflineManifest;
  const cache = await own();
  const before = await previous();
  const whole = manifest.precacheAll || before?.savedAll === true;
  // The full list is fetched to keep the whole site, or to carry a returning reader's unchanged files over; a first
  // visit takes the shell's hashes from the manifest. (Pages a first visitor opened are known by the next version
  // only by the shell list stored here, so they are fetched again when next opened online.)
  const list = whole || before ? await fetchList() : manifest.shell;
  // Pages read the manifest (the "save the whole site" control) and the worker its file list, offline included.
  await cache.put(href(OFFLINE_MANIFEST_PATH), response);
  await storeList(cache, list);
  const wanted = whole ? list : manifest.shell;
  // What the reader already had of the last version stays, where it did not change.
  const kept = before ? list.filter(([f, hash]) => before.files.get(f) === hash && !wanted.some(([w]) => w === f)) : [];
  await cacheFiles(cache, [...wanted, ...kept], before);
  const current = await caches.open(CURRENT);
  await current.put("version", new Response(VERSION));
  if (whole) await current.put("saved-all", new Response("yes"));
  else await current.delete("saved-all");
}

async function activate(): Promise<void> {
  for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX) && key !== CURRENT && key !== CACHE_PREFIX + VERSION) await caches.delete(key);
  await self.clients.claim();
}

async function fromCache(request: Request): Promise<Response | undefined> {
  const cache = await own();
  // Pagefind asks for pagefind-entry.json?ts=…; the cached copy answers any tag.
  return (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
}

async function respond(request: Request, event: FetchEvent): Promise<Response> {
  if (CONTENT_NAMED.test(new URL(request.url).pathname)) {
    const cached = await (await own()).match(request);
    if (cached) return cached;
  }
  try {
    const response = await fetch(request);
    if (response.ok) {
      // Cloned now: the browser reads the response's body as soon as it is returned.
      const copy = response.clone();
      event.waitUntil(own().then((cache) => cache.put(request, copy)));
    }
    if (response.ok || response.status === 404) return response;
    return (await fromCache(request)) ?? response;
  } catch (error) {
    const cached = await fromCache(request);
    if (cached) return cached;
    throw error;
  }
}

async function broadcast(message: OfflineMessage): Promise<void> {
  for (const client of await self.clients.matchAll()) client.postMessage(message);
}

async function saveAll(): Promise<void> {
  try {
    const list = await fetchList();
    const cache = await own();
    // The next version compares against this list: a first visit stored only the shell's.
    await storeList(cache, list);
    await cacheFiles(cache, list, undefined, (done, total) => void broadcast({ type: "save-progress", done, total }));
    await (await caches.open(CURRENT)).put("saved-all", new Response("yes"));
    await broadcast({ type: "save-done", total: list.length });
  } catch (error) {
    await broadcast({ type: "save-failed", reason: error instanceof Error ? error.message : String(error) });
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => event.waitUntil(activate()));
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(respond(event.request, event));
});
self.addEventListener("message", (event) => {
  const message = event.data as OfflineMessage;
  if (message.type === "save-all") event.waitUntil(saveAll());
  if (message.type === "status") {
    event.waitUntil(
      (async () => {
        const savedAll = (await (await caches.open(CURRENT)).match("saved-all")) !== undefined;
        event.source?.postMessage({ type: "status-reply", savedAll } satisfies OfflineMessage);
      })(),
    );
  }
});
