/**
 * Search as a reader uses it, in Debian's Chromium: by name, by a spelling some
 * outlet used, by a misspelling no source used, by a phrase from a quote; with
 * filters and sub-results that land on the fact; then offline after one visit,
 * and from a copy opened straight from disk.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { SHARED_SITES } from "./helpers/shared-sites.ts";
import { serve, type RunningServer } from "./helpers/site.ts";
import { followToAnchor, foreignRequests, launchBrowser, recordRequests, resultTitles, waitForSearch } from "./helpers/browser.ts";

// Built once per run under a path prefix (test/global-setup.ts).
const site = inject("bundledSite");
const PREFIX = SHARED_SITES.bundled.prefix;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(site, PREFIX);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(page: Page, base: string, query: string, extra = ""): Promise<string[]> {
  await page.goto(`${base}search/${base.startsWith("file:") ? "index.html" : ""}?q=${encodeURIComponent(query)}${extra}`);
  await waitForSearch(page);
  return resultTitles(page);
}

/** The searches every mode must answer: [query, entity expected, within the first n]. */
const NAME_SEARCHES: Array<[string, string, number]> = [
  ["Yoav Gallant", "Yoav Gallant", 1],
  ["Gallantry", "Yoav Gallant", 1],
  ["Blingen", "Antony Blinken", 1],
  ["Jack Sullivan", "Jake Sullivan", 1],
  ["Al-Sisi", "Abdel Fattah El-Sisi", 1],
  ["Netanyahoo", "Benjamin Netanyahu", 3],
  ["Herzgo", "Isaac Herzog", 3],
  ["Sulivan", "Jake Sullivan", 3],
];

describe("search over HTTP with Pagefind", () => {
  it.each(NAME_SEARCHES)("%s finds %s", async (query, expected, within) => {
    const page = await browser.newPage();
    const titles = await search(page, server.url, query);
    expect(titles.slice(0, within), titles.join(" | ")).toContain(expected);
    expect(await page.getAttribute("#search-app", "data-ready")).toBe("pagefind");
    await page.close();
  });

  it("finds a phrase from a quote, with a sub-result that lands on the fact", async () => {
    const page = await browser.newPage();
    const titles = await search(page, server.url, "tough questions");
    expect(titles.length).toBeGreaterThan(0);
    const sub = page.locator("#search-results a.sub-result").first();
    expect(await sub.getAttribute("href")).toMatch(/#[a-z0-9-]+$/);
    const target = await followToAnchor(page, sub);
    expect(await target.count()).toBe(1);
    expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    expect((await target.textContent())?.toLowerCase()).toMatch(/tough questions|sullivan/);
    await page.close();
  });

  it("filters by type, keeps query and filter in the URL, and announces the count", async () => {
    const page = await browser.newPage();
    await search(page, server.url, "Blinken");
    await page.click("#search-filter-panel summary");
    await page.selectOption("#filter-type", "Meeting");
    await expect.poll(() => new URL(page.url()).searchParams.get("type")).toBe("Meeting");
    await page.waitForSelector("#search-results[aria-busy='false']");
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^\d+ results? for “Blinken”\.$/);
    const metas = await page.$$eval("#search-results > li > .result-meta", (ps) => ps.map((p) => p.textContent ?? ""));
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^Meeting/);
    // The shared link reproduces the same search.
    const shared = page.url();
    const other = await browser.newPage();
    await other.goto(shared);
    await waitForSearch(other);
    expect(await other.inputValue("#search-q")).toBe("Blinken");
    expect(await other.inputValue("#filter-type")).toBe("Meeting");
    expect(await resultTitles(other)).toEqual(await resultTitles(page));
    await other.close();
    await page.close();
  });

  it("orders results by date, oldest or newest first", async () => {
    const page = await browser.newPage();
    await search(page, server.url, "Netanyahu");
    await page.click("#search-filter-panel summary");
    const datesInOrder = async (order: "asc" | "desc") => {
      await page.selectOption("#search-sort", order);
      await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe(order);
      await page.waitForSelector("#search-results[aria-busy='false']");
      const metas = await page.$$eval("#search-results > li.result:not(.result-name) > .result-meta", (ps) => ps.map((p) => p.textContent ?? ""));
      return metas.map((m) => Date.parse(m.split(" · ")[1] ?? "")).filter((t) => !Number.isNaN(t));
    };
    const ascending = await datesInOrder("asc");
    expect(ascending.length).toBeGreaterThan(2);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = await datesInOrder("desc");
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.close();
  });

  it("is keyboard-operable: type, and the results are announced", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.waitForSelector("#search-app[data-ready]");
    await page.focus("#search-q");
    await page.keyboard.type("Herzog");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/results? for “Herzog”/);
    expect(await page.getAttribute("#search-status", "role")).toBe("status");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(["SELECT", "BUTTON", "A"]).toContain(focused);
    await page.close();
  });

  it("requests nothing from another host while searching", async () => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    await search(page, server.url, "ceasefire");
    expect(requests.some((u) => u.pathname.includes("/pagefind/"))).toBe(true);
    expect(foreignRequests(requests, new URL(server.url).host)).toEqual([]);
    await context.close();
  });
});

describe("offline after one visit (service worker)", () => {
  it("keeps pages and search working with the server gone", async () => {
    const own = await serve(site, PREFIX);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(own.url);
    // The worker caches every page and the whole search bundle on install.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 200 && !(await caches.keys()).includes("fact-sheets-current"); i++) await new Promise((r) => setTimeout(r, 100));
    });
    await own.close();
    await expect(fetch(own.url)).rejects.toThrow();

    await page.goto(`${own.url}people/yoav-gallant/`);
    expect(await page.locator("h1").textContent()).toBe("Yoav Gallant");
    for (const [query, expected, within] of NAME_SEARCHES.slice(0, 6)) {
      const titles = await search(page, own.url, query);
      expect(titles.slice(0, within), `${query}: ${titles.join(" | ")}`).toContain(expected);
    }
    expect(await page.getAttribute("#search-app", "data-ready")).toBe("pagefind");
    const phrase = await search(page, own.url, "tough questions");
    expect(phrase.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe("a copy opened from disk (file://)", () => {
  it("detects it and still searches names, aliases, misspellings and full text", async () => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    const base = pathToFileURL(site).href + "/";
    for (const [query, expected, within] of NAME_SEARCHES) {
      const titles = await search(page, base, query);
      expect(titles.slice(0, within), `${query}: ${titles.join(" | ")}`).toContain(expected);
    }
    expect(await page.getAttribute("#search-app", "data-ready")).toBe("fallback");
    expect(await page.locator("#search-status").textContent()).toMatch(/results? for/);
    const phrase = await search(page, base, "tough questions");
    expect(phrase.length).toBeGreaterThan(0);
    // Result links open the page file itself, not a directory listing.
    const first = page.locator("#search-results a.result-title").first();
    expect(await first.getAttribute("href")).toMatch(/^file:.*\/index\.html$/);
    await first.click();
    await page.waitForLoadState();
    expect(await page.locator("h1").count()).toBe(1);
    expect(foreignRequests(requests, "")).toEqual([]);
    await context.close();
  });
});
