/**
 * A reader's first search, cold, in Chromium: open the search page, type a
 * query, wait for the results. Reports the bytes fetched on the wire (the server
 * compresses as a real host does) and uncompressed, and the time from the last
 * keystroke to the results, less the search page's debounce.
 */
import type { Request } from "playwright-core";
import { launchBrowser } from "../site/chromium.ts";
import { startStaticServer } from "../site/static-server.ts";
import { brotliCompressSync } from "node:zlib";
import { BROTLI } from "../site/static-server.ts";
import { SEARCH_DEBOUNCE_MS } from "../shared/contracts.ts";

export interface FirstSearch {
  compressed: number;
  uncompressed: number;
  pagefind: number;
  names: number;
  requests: number;
  /** Milliseconds from the last keystroke to the results, after the debounce. */
  ms: number;
}

export async function firstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    // Sizes are read after the search: reading bodies meanwhile would slow the server being timed.
    const requests: Request[] = [];
    context.on("requestfinished", (request) => requests.push(request));
    await page.goto(`${server.url}search/`);
    await page.waitForSelector("#search-app[data-ready]");
    // What the page loads by itself is loaded before a reader has typed a name.
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      const w = window as unknown as { lastInput: number; shown: number };
      document.getElementById("search-q")!.addEventListener("input", () => (w.lastInput = performance.now()));
      new MutationObserver(() => {
        if (document.getElementById("search-results")!.getAttribute("aria-busy") === "false") w.shown = performance.now();
      }).observe(document.getElementById("search-results")!, { attributes: true });
    });
    await page.focus("#search-q");
    await page.keyboard.type(query);
    await page.waitForFunction(() => {
      const w = window as unknown as { lastInput: number; shown?: number };
      return (w.shown ?? 0) > w.lastInput;
    });
    const ms = await page.evaluate(() => (window as unknown as { lastInput: number; shown: number }).shown - (window as unknown as { lastInput: number }).lastInput);
    await page.waitForLoadState("networkidle");
    const all = await Promise.all(
      requests.map(async (request) => {
        const [response, measured] = await Promise.all([request.response(), request.sizes()]);
        const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
        // Chromium reports no wire size for a worker's script: count it as the server compresses it.
        const wire = measured.responseBodySize || (response?.headers()["content-encoding"] === "br" ? brotliCompressSync(body, BROTLI).length : body.length);
        return { url: request.url(), wire, body: body.length };
      }),
    );
    await context.close();
    const sum = (f: (u: string) => boolean, key: "wire" | "body") => all.filter((s) => f(s.url)).reduce((n, s) => n + s[key], 0);
    return {
      compressed: sum(() => true, "wire"),
      uncompressed: sum(() => true, "body"),
      pagefind: sum((u) => u.includes("/pagefind/"), "wire"),
      names: sum((u) => u.includes("/assets/names/"), "wire"),
      requests: all.length,
      ms: Math.max(0, ms - SEARCH_DEBOUNCE_MS),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
