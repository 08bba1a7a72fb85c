/** Bytes a reader's browser fetches for a first search: the search page, its assets and Pagefind's bundle. */
import { launchBrowser } from "../site/chromium.ts";
import { startStaticServer } from "../site/static-server.ts";

export async function firstSearch(siteDir: string, query: string): Promise<{ compressed: number; uncompressed: number; ms: number; pagefind: number; names: number; requests: number }> {
  const server = await startStaticServer(siteDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const sizes: Array<{ url: string; bytes: number }> = [];
    page.on("response", async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ url: response.url(), bytes: body.length });
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector("#search-results[aria-busy='false']");
    await page.waitForLoadState("networkidle");
    await context.close();
    const sum = (f: (u: string) => boolean) => sizes.filter((s) => f(s.url)).reduce((n, s) => n + s.bytes, 0);
    return { compressed: sum(() => true), uncompressed: sum(() => true), ms: 0, pagefind: sum((u) => u.includes("/pagefind/")), names: sum((u) => u.includes("/assets/names/")), requests: sizes.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
