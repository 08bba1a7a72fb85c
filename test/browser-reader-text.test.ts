/**
 * Readers never meet an internal id: every page of the bundled site is opened
 * in Chromium and its visible text (innerText) is searched for source ids and
 * for the id of any entity, fact or disagreement in the data.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { walkRecords } from "../scripts/pipeline/walk.ts";
import { listFiles, serve, type RunningServer } from "./helpers/site.ts";
import { launchBrowser } from "./helpers/browser.ts";
import { BUNDLED_DATA } from "./helpers/paths.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";

const PREFIX = SHARED_SITES.bundled.prefix;
const bundled = inject("bundledSite");
let server: RunningServer;
let browser: Browser;

/** Ids of two words or more: one-word ids (israel, hamas) are words readers do see. */
function hyphenatedIds(): Set<string> {
  const ids = new Set<string>();
  for (const e of checkData(BUNDLED_DATA).linked.entities) {
    walkRecords(e.entity, (record) => {
      if (typeof record.id === "string" && record.id.includes("-")) ids.add(record.id);
    });
  }
  return ids;
}

beforeAll(async () => {
  server = await serve(bundled, PREFIX);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the text readers see", () => {
  it("names no source by its id and shows no raw entity, fact or disagreement id, on any page", async () => {
    const ids = hyphenatedIds();
    expect(ids.size).toBeGreaterThan(100);
    const pages = listFiles(bundled).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(80);
    const page = await browser.newPage();
    const found: string[] = [];
    for (const file of pages) {
      await page.goto(new URL(file.replace(/index\.html$/, ""), server.url).href);
      // A URL shown as text (a moved fact's new address, a printed link) may hold ids; the words around it may not.
      const text = (await page.locator("body").innerText()).replace(/\S*\/\S*/g, " ");
      for (const m of text.matchAll(/\bsource-\d+\b/gi)) found.push(`${file}: ${m[0]}`);
      for (const word of text.match(/(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g) ?? []) if (ids.has(word)) found.push(`${file}: ${word}`);
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
