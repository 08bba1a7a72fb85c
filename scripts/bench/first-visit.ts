/**
 * A reader's first visit with the service worker on: open the home page, let
 * the worker install, and count what was downloaded in the background (the
 * worker's install and everything the page fetched), and how long until the
 * worker is ready for offline use.
 */
import { launchBrowser } from "../site/chromium.ts";
import { startStaticServer } from "../site/static-server.ts";

export interface FirstVisit {
  /** What the worker stored in the background (uncompressed), and in how many files. */
  cachedBytes: number;
  cachedFiles: number;
  /** Everything the browser fetched, the page's own requests included, as reported on the wire. */
  wireBytes: number;
  requests: number;
  readyMs: number;
}

export async function firstVisit(siteDir: string): Promise<FirstVisit> {
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    let bytes = 0;
    let requests = 0;
    context.on("requestfinished", (request) => {
      requests++;
      void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
    });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 6000 && !(await caches.keys()).includes("fact-sheets-current"); i++) await new Promise((r) => setTimeout(r, 50));
    });
    const readyMs = performance.now() - started;
    await page.waitForLoadState("networkidle");
    await new Promise((r) => setTimeout(r, 200));
    // Counted from the caches themselves: what the worker fetched is what it kept.
    const cached = await page.evaluate(async () => {
      let size = 0;
      let files = 0;
      for (const name of await caches.keys()) {
        if (name.endsWith("current")) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          size += (await (await cache.match(request))!.blob()).size;
          files++;
        }
      }
      return { size, files };
    });
    await context.close();
    return { cachedBytes: cached.size, cachedFiles: cached.files, wireBytes: bytes, requests, readyMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
