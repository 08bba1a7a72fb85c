/// <reference lib="webworker" />
// Offline after one visit. Installing caches the shell (the pages that open the
// site, its assets, the search index's entry); a site small enough is cached
// whole. Past that, whatever the reader opens or searches is cached as it is
// fetched, and saving the whole site is the reader's choice ("save-all").
// Pages are network-first (fresh when online); the search index's files are
// named by their content, so the cache answers them first.
import { OFFLINE_FILES_PATH, OFFLINE_MANIFEST_PATH, type OfflineManifest, type OfflineMessage } from "../../scripts/shared/contracts.ts";

declare const self: ServiceWorkerGlobalScope;

const scope = new URL(self.registration.scope);
const CACHE_PREFIX = "fact-sheets-";
const CURRENT = CACHE_PREFIX + "current";
const BATCH = 25;

async function versionCache(): Promise<Cache | undefined> {
  const version = await (await (await caches.open(CURRENT)).match("version"))?.text();
  return version ? caches.open(CACHE_PREFIX + version) : undefined;
}

async function cacheAll(cache: Cache, files: string[], progress?: (done: number, total: number) => void): Promise<void> {
  const urls = [...new Set(files.map((f) => new URL(f, scope).href))];
  // Small batches keep memory flat on large sites.
  for (let i = 0; i < urls.length; i += BATCH) {
    await cache.addAll(urls.slice(i, i + BATCH));
    progress?.(Math.min(i + BATCH, urls.length), urls.length);
  }
}

async function install(): Promise<void> {
  const response = await fetch(new URL(OFFLINE_MANIFEST_PATH, scope), { cache: "no-store" });
  const manifest = (await response.clone().json()) as OfflineManifest;
  const cache = await caches.open(CACHE_PREFIX + manifest.version);
  // Pages read the manifest too (the "save the whole site" control), offline included.
  await cache.put(new URL(OFFLINE_MANIFEST_PATH, scope).href, response);
  await cacheAll(cache, manifest.shell);
  if (manifest.precacheAll) await cacheAll(cache, await listAll());
  await caches.delete(CURRENT);
  const current = await caches.open(CURRENT);
  await current.put("version", new Response(manifest.version));
  if (manifest.precacheAll) await current.put("saved-all", new Response("yes"));
}

async function listAll(): Promise<string[]> {
  return (await (await fetch(new URL(OFFLINE_FILES_PATH, scope), { cache: "no-store" })).json()) as string[];
}

async function activate(): Promise<void> {
  const version = await (await (await caches.open(CURRENT)).match("version"))?.text();
  for (const key of await caches.keys()) {
    if (key.startsWith(CACHE_PREFIX) && key !== CURRENT && key !== CACHE_PREFIX + version) await caches.delete(key);
  }
  await self.clients.claim();
}

async function fromCache(request: Request): Promise<Response | undefined> {
  const cache = await versionCache();
  // Pagefind asks for pagefind-entry.json?ts=…; the cached copy answers any tag.
  return (await cache?.match(request)) ?? (await cache?.match(request, { ignoreSearch: true }));
}

async function remember(request: Request, response: Response): Promise<void> {
  await (await versionCache())?.put(request, response);
}

async function respond(request: Request, event: FetchEvent): Promise<Response> {
  const immutable = new URL(request.url).pathname.startsWith(`${scope.pathname}pagefind/`);
  if (immutable) {
    const cached = await fromCache(request);
    if (cached) return cached;
  }
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(remember(request, response.clone()));
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
    const cache = await versionCache();
    if (!cache) throw new Error("the site is not installed yet");
    const files = await listAll();
    await cacheAll(cache, files, (done, total) => void broadcast({ type: "save-progress", done, total }));
    await (await caches.open(CURRENT)).put("saved-all", new Response("yes"));
    await broadcast({ type: "save-done", total: files.length });
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
