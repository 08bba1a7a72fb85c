/**
 * A first visit stays light on a site too large to cache whole: the service
 * worker caches the shell and the pages a reader opens, and saving the whole
 * site is the reader's choice, with its size and a progress bar. (The bundled
 * site is small enough to be kept whole: the search suite tests that case.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { copyData, FIXTURE_DATA, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { serve, type RunningServer } from "./helpers/site.ts";
import { launchBrowser } from "./helpers/browser.ts";
import type { OfflineManifest } from "../scripts/shared/contracts.ts";

let site: string;
let browser: Browser;

beforeAll(async () => {
  site = join(tempDir("offline-budget"), "site");
  // A budget of 0 MB: the fixture stands in for a site too large to cache on a first visit.
  const run = runCli("build.ts", ["--data", FIXTURE_DATA, "--out", site, "--offline-budget-mb", "0"]);
  expect(run.status, run.stderr).toBe(0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 200 && !(await caches.keys()).includes("fact-sheets-current"); i++) await new Promise((r) => setTimeout(r, 50));
    // Installed is not yet in charge: wait until the worker controls the page.
    for (let i = 0; i < 200 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 50));
  });
}

async function cachedPaths(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate(async (base) => {
    const names = (await caches.keys()).filter((k) => k !== "fact-sheets-current");
    const urls: string[] = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname.slice(base.length));
    return urls.sort();
  }, prefix);
}

describe("a site over the first-visit budget", () => {
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serve(site, "/");
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it("caches the shell and the pages a reader opens, and no more", async () => {
    const manifest = JSON.parse(readFileSync(join(site, "offline-manifest.json"), "utf8")) as OfflineManifest;
    expect(manifest.precacheAll).toBe(false);
    const page = await context.newPage();
    const workerFetched: string[] = [];
    context.on("request", (r) => {
      if (r.serviceWorker()) workerFetched.push(new URL(r.url()).pathname);
    });
    await page.goto(server.url);
    await installed(page);
    // The shell's hashes come in the manifest: the list of every file (which grows with the site) is not fetched.
    expect(workerFetched).toContain("/offline-manifest.json");
    expect(workerFetched).not.toContain("/offline-files.json");
    await page.goto(`${server.url}people/ada-example/`);
    await page.waitForLoadState("networkidle");
    // The worker stores what it fetched after answering: give it a moment.
    await expect.poll(async () => (await cachedPaths(page, "/")).includes("people/ada-example/")).toBe(true);
    const cached = await cachedPaths(page, "/");
    expect(cached).toContain("people/ada-example/");
    expect(cached).toContain("pagefind/pagefind-entry.json");
    expect(cached).not.toContain("people/mallory-hostile/");
    expect(cached).not.toContain("data/dataset.json");
    expect(cached.length).toBeLessThan(manifest.files / 2);
  });

  it("offers to save the whole site with its size, shows progress, and then works offline", async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const button = page.locator(".offline-save-button");
    await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await button.textContent()).toMatch(/Save the whole site for reading offline \([\d.]+ MB, \d+ files\)/);
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progress: string[] }).progress = []);
      navigator.serviceWorker.addEventListener("message", (e) => {
        if (e.data.type === "save-progress") seen.push(`${e.data.done}/${e.data.total}`);
      });
    });
    await button.click();
    await expect.poll(() => page.locator(".offline-save-status").textContent(), { timeout: 30_000 }).toBe("Saved: the whole site now works offline on this device.");
    const progress = await page.evaluate(() => (window as unknown as { progress: string[] }).progress);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatch(/^(\d+)\/\1$/);
    await server.close();
    await page.goto(`${server.url}people/mallory-hostile/`);
    expect(await page.locator("h1").textContent()).toContain("Mallory");
    await page.goto(`${server.url}data/dataset.json`);
    expect(await page.locator("body").textContent()).toContain("ada-example");
    // A new visit says the site is already saved.
    await page.goto(server.url);
    await expect.poll(() => page.locator(".offline-save-status").textContent(), { timeout: 15_000 }).toBe("The whole site is saved on this device for reading offline.");
  });
});

describe("a new build of a saved site", () => {
  it("installs a new worker that keeps the whole site saved, fetching only what changed", async () => {
    const data = copyData();
    const out = join(tempDir("offline-update"), "site");
    const build = () => {
      const run = runCli("build.ts", ["--data", data, "--out", out, "--offline-budget-mb", "0"]);
      expect(run.status, run.stderr).toBe(0);
    };
    build();
    const server = await serve(out, "/");
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const button = page.locator(".offline-save-button");
      await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
      await button.click();
      await expect.poll(() => page.locator(".offline-save-status").textContent(), { timeout: 30_000 }).toBe("Saved: the whole site now works offline on this device.");
      const version = () => page.evaluate(async () => (await (await (await caches.open("fact-sheets-current")).match("version"))?.text()) ?? "");
      const first = await version();

      const file = join(data, "people/ada-example.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("opens a door", "opens a newly built door"));
      build();
      const fetched: string[] = [];
      context.on("request", (r) => {
        if (r.serviceWorker()) fetched.push(new URL(r.url()).pathname);
      });
      // A navigation makes the browser look for a new worker: the build's version is in it.
      await page.goto(server.url);
      await expect.poll(version, { timeout: 30_000 }).not.toBe(first);
      await server.close();
      await page.goto(`${server.url}people/ada-example/`);
      expect(await page.locator("main").textContent()).toContain("opens a newly built door");
      await page.goto(`${server.url}people/mallory-hostile/`);
      expect(await page.locator("h1").textContent()).toContain("Mallory");
      const total = JSON.parse(readFileSync(join(out, "offline-manifest.json"), "utf8")).files as number;
      // The changed page and what shows it, the data files and the search index's changed chunks: not the whole site.
      expect(fetched).toContain("/people/ada-example/");
      expect(fetched.length).toBeLessThan(total / 2);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });
});
