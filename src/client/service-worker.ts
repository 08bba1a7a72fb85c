/// <reference lib="webworker" />
// Offline after one visit: on install, cache the core (assets, indexes, the whole
// Pagefind bundle) and, unless the site is over its budget, every page listed in
// offline-manifest.json; pages read later are cached as they are fetched. Pages
// are network-first (fresh when online), the cache answers when the network is gone.
import { OFFLINE_MANIFEST_PATH, type OfflineManifest } from "../../scripts/shared/contracts.ts";

declare const self: ServiceWorkerGlobalScope;

const scope = new URL(self.registration.scope);
const CACHE_PREFIX = "fact-sheets-";

async function install(): Promise<void> {
  const response = await fetch(new URL(OFFLINE_MANIFEST_PATH, scope), { cache: "no-store" });
  const manifest = (await response.json()) as OfflineManifest;
  const cache = await caches.open(CACHE_PREFIX + manifest.version);
  const files = manifest.precacheAll ? manifest.core.concat(manifest.pages) : manifest.core;
  const urls = [...new Set(files.map((f) => new URL(f, scope).href))];
  // Small batches keep memory flat on large sites.
  for (let i = 0; i < urls.length; i += 50) await cache.addAll(urls.slice(i, i + 50));
  await caches.delete(CACHE_PREFIX + "current");
  const current = await caches.open(CACHE_PREFIX + "current");
  await current.put("version", new Response(manifest.version));
}

async function activate(): Promise<void> {
  const current = await caches.open(CACHE_PREFIX + "current");
  const version = await (await current.match("version"))?.text();
  for (const key of await caches.keys()) {
    if (key.startsWith(CACHE_PREFIX) && key !== CACHE_PREFIX + "current" && key !== CACHE_PREFIX + version) await caches.delete(key);
  }
  await self.clients.claim();
}

async function fromCache(request: Request): Promise<Response | undefined> {
  const current = await caches.open(CACHE_PREFIX + "current");
  const version = await (await current.match("version"))?.text();
  if (!version) return undefined;
  const cache = await caches.open(CACHE_PREFIX + version);
  // Pagefind asks for pagefind-entry.json?ts=…; the cached copy answers any tag.
  return (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
}

async function remember(request: Request, response: Response): Promise<void> {
  const current = await caches.open(CACHE_PREFIX + "current");
  const version = await (await current.match("version"))?.text();
  if (version) await (await caches.open(CACHE_PREFIX + version)).put(request, response);
}

async function respond(request: Request, event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && request.mode === "navigate") event.waitUntil(remember(request, response.clone()));
    if (response.ok || response.status === 404) return response;
    return (await fromCache(request)) ?? response;
  } catch (error) {
    const cached = await fromCache(request);
    if (cached) return cached;
    throw error;
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
