/**
 * A site too large for one Pagefind index is indexed in parts, which the search
 * page merges. Searched in Chromium, the parts must answer exactly as one index
 * over the same pages does.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { FIXTURE_DATA, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { serve, type RunningServer } from "./helpers/site.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";
import { launchBrowser, resultTitles, waitForSearch } from "./helpers/browser.ts";

const split = join(tempDir("split-search"), "site");
const servers: RunningServer[] = [];
let browser: Browser;

beforeAll(async () => {
  // Four pages a part: the fixture's pages make several parts.
  const run = runCli("build.ts", ["--data", FIXTURE_DATA, "--out", split, "--site-url", SHARED_SITES.fixture.siteUrl, "--pages-per-search-index", "4"]);
  expect(run.status, run.stderr).toBe(0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
});

async function titlesFor(site: string, query: string): Promise<string[]> {
  const server = await serve(site, SHARED_SITES.fixture.prefix);
  servers.push(server);
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await waitForSearch(page);
  expect(await page.getAttribute("#search-app", "data-ready")).toBe("pagefind");
  const titles = await resultTitles(page);
  await page.close();
  return titles.sort();
}

describe("a search index split into parts", () => {
  it("writes each part beside the main one and lists them for the search page", () => {
    const info = JSON.parse(readFileSync(join(split, "assets/build.json"), "utf8")) as { searchParts?: string[] };
    expect(info.searchParts?.length).toBeGreaterThan(1);
    for (const part of ["pagefind/", ...info.searchParts!]) expect(existsSync(join(split, part, "pagefind-entry.json")), part).toBe(true);
    expect(existsSync(join(inject("fixtureSite"), "pagefind-2"))).toBe(false);
  });

  // Words every part holds. (A part ignores a word none of its pages has, as Pagefind ignores unknown
  // words: "lasting truce" finds one page more in parts than in one index. The README says so.)
  it.each(["six-week pause", "Sampleton", "Exampleland"])("answers %s as one index does", async (query) => {
    const [parts, whole] = [await titlesFor(split, query), await titlesFor(inject("fixtureSite"), query)];
    expect(whole.length).toBeGreaterThan(0);
    expect(parts).toEqual(whole);
  });
});
