/**
 * The pictures in a real Chromium, from the shared bundled build: every link in
 * them resolves, axe passes in light and dark, nothing overflows a 375 px
 * screen, they draw without JavaScript and from disk, the timeline draws a
 * month as a span and an inferred date hatched, and a second build draws the
 * same bytes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { parse } from "node-html-parser";
import type { Browser, Page } from "playwright-core";
import { listFiles, readPage, serve, type RunningServer } from "./helpers/site.ts";
import { launchBrowser } from "./helpers/browser.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";
import { BUNDLED_DATA, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";

const PREFIX = SHARED_SITES.bundled.prefix;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const bundled = inject("bundledSite");
/** One page of each kind of picture. */
const WITH_PICTURES = ["timeline/", "network/", "proposals/", "people/antony-blinken/", "organizations/israel/", "proposals/hamas-counterproposal/"];
const svgsOf = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(bundled, PREFIX);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pictures", () => {
  it("link only to pages and anchors that exist (every picture on every page)", async () => {
    const pages = listFiles(bundled).filter((f) => f.endsWith(".html") && f !== "404.html");
    const ids = new Map<string, Set<string>>();
    const broken: string[] = [];
    let links = 0;
    let pictures = 0;
    for (const file of pages) {
      const pageUrl = new URL(file.replace(/index\.html$/, ""), server.url).href;
      const doc = parse(readFileSync(join(bundled, file), "utf8"));
      const figures = doc.querySelectorAll("figure.picture");
      pictures += figures.length;
      for (const a of figures.flatMap((f) => f.querySelectorAll("svg a"))) {
        links++;
        const target = new URL(a.getAttribute("href")!, pageUrl);
        const path = target.href.split("#")[0]!;
        if (!ids.has(path)) {
          const response = await fetch(path);
          ids.set(path, response.ok ? new Set(parse(await response.text()).querySelectorAll("[id]").map((n) => n.id)) : new Set());
          if (!response.ok) broken.push(`${pageUrl} → ${target.href} (${response.status})`);
        }
        if (target.hash && !ids.get(path)!.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${pageUrl} → ${target.href} (no such anchor)`);
        if (!a.querySelector("title")?.text.trim()) broken.push(`${pageUrl} → ${target.href} has no name`);
      }
    }
    expect(broken).toEqual([]);
    // The bundled data has pictures on the timeline, the network page, the proposals index and dozens of entity pages.
    expect(pictures).toBeGreaterThan(40);
    expect(links).toBeGreaterThan(500);
  });

  it("have zero axe-core violations in light and dark themes", async () => {
    const violations: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      // axe-core is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      for (const url of WITH_PICTURES) {
        await page.goto(new URL(url, server.url).href);
        // The year pictures sit in closed <details>: open them so axe sees them too.
        await page.$$eval("details", (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          return axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        });
        for (const v of result.violations) violations.push(`${scheme} ${url}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        // axe does not measure text inside SVG: the same 4.5:1 is checked here, and 3:1 for the marks' strokes and fills.
        const low = await page.evaluate(() => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const ratio = (a: string, b: string) => {
            const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
            return (x! + 0.05) / (y! + 0.05);
          };
          const found: string[] = [];
          for (const svg of document.querySelectorAll("figure.picture svg.picture-svg")) {
            const page = getComputedStyle(svg.closest(".picture-scroll")!).backgroundColor;
            for (const text of svg.querySelectorAll("text")) {
              const box = text.parentElement?.querySelector(".pic-box");
              const behind = box ? getComputedStyle(box).fill : page;
              if (ratio(getComputedStyle(text).fill, behind) < 4.5) found.push(`text "${text.textContent}" ${getComputedStyle(text).fill} on ${behind}`);
            }
            for (const mark of svg.querySelectorAll(".pic-mark, .pic-node, .pic-edge, .pic-bin")) {
              const style = getComputedStyle(mark);
              const paint = style.stroke !== "none" && !mark.classList.contains("pic-node") && !mark.classList.contains("pic-bin") ? style.stroke : style.fill;
              if (ratio(paint, page) < 3) found.push(`${mark.getAttribute("class")} ${paint} on ${page}`);
            }
          }
          return [...new Set(found)];
        });
        for (const l of low) violations.push(`${scheme} ${url}: low contrast ${l}`);
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  it("reach every picture link from the keyboard", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("people/antony-blinken/", server.url).href);
    const inPictures = await page.locator("figure.picture svg a").count();
    const focused = new Set<string>();
    for (let i = 0; i < 400 && focused.size < inPictures; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => (document.activeElement?.closest("figure.picture svg") ? document.activeElement.querySelector("title")?.textContent + "|" + [...document.querySelectorAll("figure.picture svg a")].indexOf(document.activeElement) : ""));
      if (label) focused.add(label);
    }
    expect(inPictures).toBeGreaterThan(10);
    expect(focused.size).toBe(inPictures);
    await page.close();
  });

  it("fit a 375 px screen: the page never scrolls sideways, the pictures scroll in their box at full size", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    for (const url of WITH_PICTURES) {
      await page.goto(new URL(url, server.url).href);
      const { pageWidth, shrunk, smallestText } = await page.evaluate(() => {
        const svgs = [...document.querySelectorAll<SVGSVGElement>("figure.picture svg.picture-svg")];
        return {
          pageWidth: document.documentElement.scrollWidth,
          shrunk: svgs.filter((s) => s.getBoundingClientRect().width > 0 && Math.abs(s.getBoundingClientRect().width - Number(s.getAttribute("width"))) > 1).length,
          smallestText: Math.min(...svgs.flatMap((s) => [...s.querySelectorAll("text")]).map((t) => parseFloat(getComputedStyle(t).fontSize))),
        };
      });
      expect(pageWidth, url).toBeLessThanOrEqual(375);
      expect(shrunk, url).toBe(0);
      expect(smallestText, url).toBeGreaterThanOrEqual(11);
    }
    await context.close();
  });

  it("draw without JavaScript and from a copy opened from disk", async () => {
    const visible = async (page: Page) => page.$$eval("figure.picture svg", (svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 50 && s.querySelectorAll("a").length > 0).length);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    for (const url of WITH_PICTURES) {
      await page.goto(new URL(url, server.url).href);
      expect(await visible(page), url).toBeGreaterThan(0);
    }
    await noScript.close();
    const disk = await browser.newContext();
    const diskPage = await disk.newPage();
    for (const url of WITH_PICTURES) {
      await diskPage.goto(pathToFileURL(join(bundled, url, "index.html")).href);
      expect(await visible(diskPage), url).toBeGreaterThan(0);
      // Styled from the site's own stylesheet, read from disk: a stated mark is filled, not black by default.
      const fill = await diskPage.locator("svg .pic-mark, svg .pic-node, svg .pic-box").first().evaluate((el) => getComputedStyle(el).fill);
      expect(fill).not.toBe("rgb(0, 0, 0)");
    }
    await disk.close();
  });

  it("draw a month-precision date as a span across the month, an inferred date hatched, a day as a point", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("timeline/", server.url).href);
    const lane = page.locator("figure.picture svg .pic-lane").first();
    // The security cabinet's discussion is dated to October 2024 only.
    const month = lane.locator(`a[href$="meetings/israeli-security-cabinet-truce-discussion/"] rect.prec-month`);
    const monthBox = await month.boundingBox();
    const ticks = await page.$$eval("figure.picture svg .pic-grid", (lines) => lines.map((l) => Number(l.getAttribute("x1"))));
    const tickGap = Math.min(...ticks.slice(1).map((x, i) => x - ticks[i]!));
    expect(monthBox!.width).toBeGreaterThan(tickGap * 0.8);
    // Sullivan's meeting with Gallant is inferred to 14 December 2023: a hatched point.
    const inferred = lane.locator(`a[href$="meetings/sullivan-gallant-meeting/"] circle`);
    expect(await inferred.getAttribute("class")).toContain("basis-inferred");
    expect(await inferred.getAttribute("fill")).toMatch(/^url\(#picture-timeline-hatch\)$/);
    // A date stated to the day is a solid point.
    const stated = lane.locator(`a[href$="meetings/sullivan-netanyahu-tel-aviv/"] circle`);
    expect(await stated.getAttribute("class")).toContain("basis-stated");
    expect(await stated.evaluate((c) => getComputedStyle(c).fill)).not.toBe("none");
    // The counterproposal whose date the sources dispute carries the mark the legend explains.
    expect(await lane.locator(`a[href$="proposals/hamas-counterproposal/"] .disputed`).count()).toBe(1);
    expect(await page.locator(".picture-legend").first().textContent()).toContain("sources disagree about the date");
    await page.close();
  });

  it("are the same bytes from a second build (another number of workers)", () => {
    const again = join(tempDir("pictures-again"), "site");
    const run = runCli("build.ts", ["--data", BUNDLED_DATA, "--out", again, "--site-url", SHARED_SITES.bundled.siteUrl, "--workers", "1"]);
    expect(run.status, run.stderr).toBe(0);
    let compared = 0;
    for (const file of listFiles(bundled).filter((f) => f.endsWith(".html"))) {
      const first = svgsOf(readPage(bundled, file));
      expect(svgsOf(readPage(again, file)), file).toEqual(first);
      compared += first.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
