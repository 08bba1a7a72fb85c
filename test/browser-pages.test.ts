/**
 * The built site in a real Chromium, served under a path prefix: every link and
 * anchor resolves, fact links land on the fact, pages pass axe, the keyboard
 * works, hostile data stays inert, and nothing is requested from another host.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "node-html-parser";
import type { Browser } from "playwright-core";
import { listFiles, serve, type RunningServer } from "./helpers/site.ts";
import { followToAnchor, foreignRequests, launchBrowser, recordRequests } from "./helpers/browser.ts";

import { SHARED_SITES } from "./helpers/shared-sites.ts";
import { formatAccessDate } from "../scripts/shared/access-date.ts";

const PREFIX = SHARED_SITES.bundled.prefix;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// Built once per run (test/global-setup.ts): the bundled data under a prefix, and the hostile fixture.
const bundled = inject("bundledSite");
const fixture = inject("fixtureSite");
let server: RunningServer;
let fixtureServer: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(bundled, PREFIX);
  fixtureServer = await serve(fixture, SHARED_SITES.fixture.prefix);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtureServer?.close();
});

describe("a site built under a path prefix", () => {
  it("serves preview cards a browser decodes at their declared size, in the card's colours", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(new URL("cards/people/jake-sullivan.png", server.url).href);
      const seen = await page.evaluate(async () => {
        const img = document.images[0]!;
        await img.decode();
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const context = canvas.getContext("2d")!;
        context.drawImage(img, 0, 0);
        const at = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data).join(",");
        return { width: img.naturalWidth, height: img.naturalHeight, bar: at(10, 300), paper: at(1150, 20) };
      });
      // The blue bar down the left edge (#0b5cad) and the paper (#fdfdfb), opaque.
      expect(seen).toEqual({ width: 1200, height: 630, bar: "11,92,173,255", paper: "253,253,251,255" });
    } finally {
      await page.close();
    }
  });

  it("has no broken internal link or anchor anywhere (every page walked over HTTP)", async () => {
    const pages = listFiles(bundled).filter((f) => f.endsWith(".html"));
    const idsOf = new Map<string, Set<string>>();
    const fetchPage = async (url: string) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      if (file === "404.html") continue;
      const pageUrl = new URL(file.replace(/index\.html$/, ""), server.url).href;
      const page = await fetchPage(pageUrl);
      expect(page.status, pageUrl).toBe(200);
      const doc = parse(page.body);
      for (const el of doc.querySelectorAll("a[href], link[href], script[src], form[action]")) {
        const raw = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "";
        const target = new URL(raw, pageUrl);
        if (target.origin !== new URL(server.url).origin) continue;
        expect(target.pathname.startsWith(PREFIX), `${pageUrl} → ${raw} escapes the prefix`).toBe(true);
        const path = target.href.split("#")[0]!;
        if (!idsOf.has(path)) {
          const res = await fetchPage(path);
          checked++;
          if (res.status !== 200) {
            broken.push(`${pageUrl} → ${raw} (${res.status})`);
            idsOf.set(path, new Set());
            continue;
          }
          idsOf.set(path, new Set(res.type.includes("html") ? parse(res.body).querySelectorAll("[id]").map((n) => n.id) : []));
        }
        if (target.hash && !idsOf.get(path)!.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${pageUrl} → ${raw} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length);
  });

  it("serves a 404 page whose links work at any depth", async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL("people/no-such-person/deeper/", server.url).href);
    expect(response?.status()).toBe(404);
    await page.click("text=People");
    expect(new URL(page.url()).pathname).toBe(`${PREFIX}people/`);
    await page.close();
  });

  it("following a fact's link lands on that fact", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("sources/source-002/", server.url).href);
    const link = page.locator("#citing-facts ~ ol a.fact-ref-link").first();
    expect(await link.getAttribute("href")).toMatch(/#[a-z0-9-]+$/);
    const target = await followToAnchor(page, link);
    expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    await context.close();
  });

  it("copies a ready citation with the fact, its page's URL, its sources and today as the access date", async () => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto(new URL("meetings/sullivan-netanyahu-tel-aviv/", server.url).href);
    const first = page.locator(".fact").first();
    const factId = await first.getAttribute("data-fact-id");
    await first.locator(".cite-button").click();
    await expect.poll(() => page.locator(".cite-status").first().textContent()).toBe("Citation copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`https://facts.example${PREFIX}facts/${factId}/`);
    expect(copied).toMatch(/Sources: .+: “.+”/);
    const [year, month, day] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()]);
    expect(copied).toContain(`Accessed ${formatAccessDate({ year: year!, month: month!, day: day! }, "long")}.`);
    expect(copied).not.toContain("[[accessed");
    await context.close();
  });

  it("filters the timeline by person without reloading, keeping the choice in the URL", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("timeline/", server.url).href);
    const all = await page.locator(".timeline-entry:visible").count();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.selectOption("#timeline-person", "jake-sullivan");
    const some = await page.locator(".timeline-entry:visible").count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(new URL(page.url()).searchParams.get("person")).toBe("jake-sullivan");
    await expect.poll(() => page.locator(".filter-status").textContent()).toMatch(/\d+ events involving Jake Sullivan/);
    await page.close();
  });

  it("has zero axe-core violations on every page type, in light and dark themes", async () => {
    const urls = ["", "people/", "people/yoav-gallant/", "organizations/hamas/", "proposals/biden-three-phase-plan/", "meetings/sullivan-netanyahu-tel-aviv/", "facts/sullivan-netanyahu-tough-questions/", "sources/source-002/", "timeline/", "search/?q=Gallant", "corrections/", "data/"];
    const violations: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      // axe-core is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(new URL(url, server.url).href);
        if (url.startsWith("search")) await page.waitForSelector("#search-app[data-ready]");
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          return axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        });
        for (const v of result.violations) violations.push(`${scheme} ${url}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  it("prints with its sources and full URLs, without navigation", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("meetings/sullivan-netanyahu-tel-aviv/", server.url).href);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    const factUrl = page.locator(".fact .fact-url").first();
    expect(await factUrl.isVisible()).toBe(true);
    expect(await factUrl.textContent()).toMatch(new RegExp(`^https://facts\\.example${PREFIX}meetings/sullivan-netanyahu-tel-aviv/#`));
    expect(await page.locator(".fact .citations .quote").first().isVisible()).toBe(true);
    const shownUrl = await page.locator(".citations a.source-link").first().evaluate((a) => getComputedStyle(a, "::after").content);
    expect(shownUrl).toBe(`" <https://facts.example${PREFIX}sources/source-002/>"`);
    await page.close();
  });

  it("is usable from the keyboard: the skip link moves focus to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("people/joe-biden/", server.url).href);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });

  it("reads without JavaScript: indexes lead to every entity", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("people/", server.url).href);
    const links = await page.$$eval("main .index-list a", (as) => as.length);
    expect(links).toBeGreaterThan(10);
    await page.goto(new URL("search/", server.url).href);
    expect(await page.locator("noscript").count()).toBe(1);
    await context.close();
  });

  it("requests nothing from any other host", async () => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    for (const url of ["", "people/antony-blinken/", "timeline/", "search/?q=Blinken", "sources/source-004/"]) {
      await page.goto(new URL(url, server.url).href, { waitUntil: "networkidle" });
    }
    expect(requests.length).toBeGreaterThan(10);
    expect(foreignRequests(requests, new URL(server.url).host)).toEqual([]);
    await context.close();
  });
});

describe("hostile data in a real browser", () => {
  it("runs no script and shows the markup as text", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(new URL("people/mallory-hostile/", fixtureServer.url).href, { waitUntil: "networkidle" });
    await page.goto(new URL("people/", fixtureServer.url).href, { waitUntil: "networkidle" });
    await page.goto(new URL("search/?q=Mallory", fixtureServer.url).href, { waitUntil: "networkidle" });
    await page.goto(new URL("people/mallory-hostile/", fixtureServer.url).href, { waitUntil: "networkidle" });
    expect(dialogs).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe('Mallory <script>alert("name")</script>');
    expect(await page.locator("main img, main svg").count()).toBe(0);
    expect(await page.locator("a[href^='javascript:']").count()).toBe(0);
    await page.close();
  });
});
