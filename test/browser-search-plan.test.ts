/**
 * Search that uses what it corrects, through the site's own search page in
 * Chromium, under the pages' Content-Security-Policy: a correction or alias
 * reaches the full text, the filters and the order; roles find their holder;
 * every result obeys the filters and the date order; counts are shown; and the
 * same holds, as far as the shipped texts allow, for a copy opened from disk.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { SHARED_SITES } from "./helpers/shared-sites.ts";
import { serve, type RunningServer } from "./helpers/site.ts";
import { followToAnchor, launchBrowser, resultTitles, waitForSearch } from "./helpers/browser.ts";

const site = inject("bundledSite");
const fixture = inject("fixtureSite");
let server: RunningServer;
let fixtureServer: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serve(site, SHARED_SITES.bundled.prefix);
  fixtureServer = await serve(fixture, SHARED_SITES.fixture.prefix);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtureServer?.close();
});

const fromDisk = (dir: string) => pathToFileURL(dir).href + "/search/index.html";

async function search(query: string, extra = "", base = `${server.url}search/`): Promise<string[]> {
  await page.goto(`${base}?q=${encodeURIComponent(query)}${extra}`);
  await waitForSearch(page);
  return resultTitles(page);
}
const text = (selector: string) => page.locator(selector).textContent();
const metas = () => page.$$eval("#search-results > li > .result-meta", (ps) => ps.map((p) => p.textContent ?? ""));

describe("a correction is used for the whole search", () => {
  it.each([
    ["Nlinken", "Antony Blinken"],
    ["Ketanyahu", "Benjamin Netanyahu"],
  ])("a wrong first letter: %s finds %s first, with its meetings and facts", async (query, expected) => {
    const titles = await search(query);
    expect(titles[0]).toBe(expected);
    expect(titles.length).toBeGreaterThan(5);
    expect(await page.locator("#search-results a.sub-result").count()).toBeGreaterThan(0);
    expect(await text("#search-notice")).toMatch(/Searched for “(blinken|netanyahu)”/);
    // No word typed is known, so names are suggested too.
    expect(await text("#search-suggestions")).toContain(`Did you mean ${expected}`);
  });

  it("with a filter: every result obeys it, and a filter nothing matches gives no result", async () => {
    const titles = await search("Blinkin", "&type=Meeting");
    expect(titles.length).toBeGreaterThan(3);
    for (const meta of await metas()) expect(meta).toMatch(/^Meeting/);
    expect(await text("#search-status")).toMatch(/^\d+ results for “Blinkin”\./);
    expect(await search("Netanyahu", "&organization=Mossad")).toEqual([]);
    expect(await text("#search-status")).toBe("No results for “Netanyahu”.");
  });

  it("with another word: the meeting of both comes first", async () => {
    expect((await search("Hertzog Blinken")).slice(0, 2)).toContain("Blinken–Herzog meeting after Sinwar’s killing (October 2024)");
    expect((await search("Gallent Washington"))[0]).toBe("Gallant’s visit to Washington");
    expect(await text("#search-suggestions")).toBe("");
  });
});

describe("roles, known words and counts", () => {
  it.each([
    ["Mossad director", "David Barnea"],
    ["Israeli defense minister", "Yoav Gallant"],
    ["State Department spokesman", "Matthew Miller"],
  ])("%s ranks %s first", async (query, expected) => {
    expect((await search(query))[0]).toBe(expected);
  });

  it("says “did you mean” only when no word of the query is a known word", async () => {
    await search("defense minister");
    expect(await text("#search-suggestions")).toBe("");
    expect(await page.locator("#search-results .result-meta", { hasText: "closest name" }).count()).toBe(0);
    await search("minister");
    expect(await text("#search-suggestions")).toBe("");
    expect(await text("#search-notice")).toBe("");
  });

  it("keeps undated results after the dated ones in date order, and says so", async () => {
    await search("Sinwar killed");
    const total = Number((await text("#search-status"))!.match(/^(\d+) results/)![1]);
    const titles = await search("Sinwar killed", "&sort=asc");
    expect(await text("#search-status")).toMatch(new RegExp(`^${total} results for “Sinwar killed”\\. Sorted by date, oldest first; the \\d+ undated results follow the dated ones\\.$`));
    await page.click("#search-more").catch(() => undefined);
    await expect.poll(async () => (await resultTitles(page)).length).toBe(total);
    const all = await resultTitles(page);
    expect(all).toContain("Yahya Sinwar");
    const dates = (await metas()).map((m) => Date.parse(m.split(" · ")[1] ?? ""));
    const firstUndated = dates.findIndex((d) => Number.isNaN(d));
    expect(firstUndated).toBeGreaterThan(0);
    expect(dates.slice(firstUndated).every((d) => Number.isNaN(d))).toBe(true);
    expect(dates.slice(0, firstUndated)).toEqual([...dates.slice(0, firstUndated)].sort((a, b) => a - b));
    expect(titles.length).toBeGreaterThan(0);
  });

  it("shows a count beside every filter value, matching the results it gives", async () => {
    await search("Blinken");
    await page.click("#search-filter-panel summary");
    await expect.poll(() => page.locator("#filter-type option").first().textContent()).toMatch(/^Any type \(\d+\)$/);
    const meetings = await page.locator("#filter-type option[value='Meeting']").textContent();
    const count = Number(meetings!.match(/\((\d+)\)$/)![1]);
    expect(count).toBeGreaterThan(3);
    await page.selectOption("#filter-type", "Meeting");
    await expect.poll(() => text("#search-status")).toBe(`${count} results for “Blinken”.`);
  });
});

describe("ranking hygiene", () => {
  it("indexes a source's title on its own page only", async () => {
    // The headline of the source on hostages is cited from these pages; it used to rank them.
    const titles = (await search("hostages")).slice(0, 10);
    for (const page of ["Yoav Gallant", "Central Intelligence Agency", "White House"]) expect(titles).not.toContain(page);
  });

  it("shows each fact once, without page furniture in its excerpt", async () => {
    await search("tough questions");
    const result = page.locator("#search-results > li").first();
    const sentence = (await result.locator("a.sub-result").first().textContent())!;
    expect((await result.textContent())!.split(sentence).length - 1).toBe(1);
    expect(await result.textContent()).not.toMatch(/Speaker:|Not recorded|Date:|source-\d/);
  });
});

describe("the search page and landing on a result", () => {
  it("has one search box, and each filter label on the line of its dropdown at 1280 and 375 px", async () => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await search("Gallant", "&type=Person");
      expect(await page.locator("input[type='search']").count()).toBe(1);
      const lines = await page.$$eval(".search-filter", (labels) =>
        labels.map((l) => {
          const [caption, select] = [l.querySelector("span")!.getBoundingClientRect(), l.querySelector("select")!.getBoundingClientRect()];
          return Math.abs(caption.top + caption.height / 2 - (select.top + select.height / 2)) < select.height / 2 && select.right <= window.innerWidth;
        }),
      );
      expect(lines.length).toBe(5);
      expect(lines.every(Boolean), `${width} px`).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("marks the query's words on the page a fact result lands on, and shows the fact", async () => {
    await search("tough questions");
    const target = await followToAnchor(page, page.locator("#search-results a.sub-result").first());
    await expect.poll(() => page.locator("mark.pagefind-highlight").count()).toBeGreaterThan(0);
    expect(await target.locator("mark.pagefind-highlight").allTextContents()).toEqual(expect.arrayContaining(["tough", "questions"]));
    expect(await target.isVisible()).toBe(true);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  });

  it("is served compressed, as a real host serves it", async () => {
    const response = await fetch(`${server.url}search/`, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.headers.get("content-encoding")).toMatch(/^(br|gzip)$/);
  });
});

describe("a copy opened from disk", () => {
  it("finds roles and misspellings, and its fact results land on the fact", async () => {
    expect((await search("Mossad director", "", fromDisk(site)))[0]).toBe("David Barnea");
    expect((await search("Nlinken", "", fromDisk(site)))[0]).toBe("Antony Blinken");
    await search("tough questions", "", fromDisk(site));
    const sub = page.locator("#search-results a.sub-result").first();
    expect(await sub.getAttribute("href")).toMatch(/^file:.*\/index\.html#[a-z0-9-]+$/);
    const target = await followToAnchor(page, sub);
    expect(await target.textContent()).toMatch(/tough questions/);
  });

  it("applies the filters and the order of a shared link", async () => {
    await search("Blinken", "&type=Meeting&sort=desc", fromDisk(site));
    expect(await page.inputValue("#filter-type")).toBe("Meeting");
    const all = await metas();
    expect(all.length).toBeGreaterThan(3);
    for (const meta of all) expect(meta).toMatch(/^Meeting/);
    const dates = all.map((m) => Date.parse(m.split(" · ")[1] ?? ""));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(await text("#search-status")).toMatch(/Sorted by date, newest first/);
    // A value this copy does not have is said, not dropped in silence.
    await search("Blinken", "&organization=Atlantis", fromDisk(site));
    expect(await text("#search-notice")).toMatch(/cannot filter by organization “Atlantis”/);
  });

  it.each([
    ["Hebrew", "אקזמפלנד"],
    ["Arabic", "إكزامبلاند"],
  ])("finds a name written in %s, over HTTP and from disk, with the fact that quotes it", async (_, name) => {
    for (const base of [`${fixtureServer.url}search/`, fromDisk(fixture)]) {
      expect((await search(name, "", base))[0], base).toBe("Exampleland");
      expect(await page.locator("#search-results a.sub-result").first().textContent(), base).toMatch(/own scripts/);
    }
  });
});
