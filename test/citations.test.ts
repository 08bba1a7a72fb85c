/**
 * Facts people can cite: a page per fact with a Cite panel, read the way a
 * reader does in a real browser (the clipboard read back), every format parsed
 * back by a citation library, and the metadata Zotero reads in each page's head.
 * What the pages should say comes from the site graph, not from this file.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { buildSiteGraph } from "../scripts/graph/build-graph.ts";
import type { SiteGraph } from "../scripts/graph/site-graph.ts";
import type { FactPage } from "../scripts/graph/fact-pages.ts";
import type { GraphContext } from "../scripts/graph/context.ts";
import { citePanel } from "../scripts/graph/citation-formats.ts";
import { dayOf, formatAccessDate, type Day } from "../scripts/shared/access-date.ts";
import { BUNDLED_DATA, FIXTURE_DATA } from "./helpers/paths.ts";
import { readPage, serve, type RunningServer } from "./helpers/site.ts";
import { launchBrowser } from "./helpers/browser.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";

function graphOf(data: string, siteUrl: string): SiteGraph {
  const result = buildSiteGraph(data, { siteUrl });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

const { siteUrl, prefix } = SHARED_SITES.bundled;
const graph = graphOf(BUNDLED_DATA, siteUrl);
const factPages = graph.pages.flatMap((p) => p.factPages);
// The richest fact: a date, entities it is about, and a disagreement it takes part in.
const rich = factPages.find((f) => f.fact.date?.on && f.fact.about.length && f.disagreements.length)!;
const withSpeaker = factPages.find((f) => f.fact.speaker)!;

/** Quote marks differ between TeX and Unicode; the words may not. */
const folded = (s: string) => s.replace(/[“”"]|``|''/g, '"').replace(/[‘’]/g, "'");

describe("a page per fact", () => {
  const bundled = inject("bundledSite");
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let today: Day;
  const copied = new Map<string, string>();

  beforeAll(async () => {
    server = await serve(bundled, prefix);
    browser = await launchBrowser();
    context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    page = await context.newPage();
    await page.goto(new URL(rich.url.slice(1), server.url).href);
    const [year, month, day] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()]);
    today = { year: year!, month: month!, day: day! };
    // A reader opens the formats for reference managers, as a reader would.
    await page.locator(".cite-more > summary").click();
    for (const format of ["text", "bibtex", "ris", "csl-json", "markdown"]) {
      await page.locator(`.cite-format[data-format="${format}"] .cite-copy`).click();
      await page.locator(`.cite-format[data-format="${format}"] .cite-status`, { hasText: "Copied." }).waitFor();
      copied.set(format, await page.evaluate(() => navigator.clipboard.readText()));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("exists for every fact, at a URL recorded in the permanence manifest", () => {
    const manifest = new Set(readFileSync(join(BUNDLED_DATA, "published-urls.txt"), "utf8").split("\n"));
    expect(factPages.length).toBeGreaterThan(100);
    const missing = factPages.filter((f) => !manifest.has(f.url) || !existsSync(join(bundled, f.url, "index.html")));
    expect(missing.map((f) => f.url)).toEqual([]);
    expect(new Set(factPages.map((f) => f.url)).size).toBe(factPages.length);
    expect(rich.url).toBe(`/facts/${rich.fact.id}/`);
  });

  it("shows the fact, its date, who and what it concerns, its sources and disagreements; search does not index it again", async () => {
    const { fact } = rich;
    expect(await page.locator("h1").textContent()).toBe(fact.text);
    const details = (await page.locator(".fact-details").textContent())!;
    for (const expected of [fact.date!.text, fact.owner.name, ...fact.about.map((a) => a.name), `Version of ${fact.versionText}`]) expect(details).toContain(expected);
    expect(details).toMatch(/\(to the (day|month|year)\)/);
    const quotes = await page.locator(".fact-page > .citations .quote").allTextContents();
    expect(quotes).toEqual(fact.citations.map((c) => c.quote));
    expect(await page.locator(".fact-page > .citations .source-link").allTextContents()).toEqual(fact.citations.map((c) => c.source.name));
    expect(await page.locator(".disagreement h3").count()).toBe(rich.disagreements.length);
    // The entity page keeps the fact's anchor, and the fact page links to it.
    const anchorLink = page.locator("a.fact-anchor-link");
    expect(new URL((await anchorLink.getAttribute("href"))!, page.url()).href).toBe(new URL(fact.url.slice(1), server.url).href);
    expect(await page.locator("[data-pagefind-body]").count()).toBe(0);

    const other = await context.newPage();
    await other.goto(new URL(withSpeaker.url.slice(1), server.url).href);
    expect(await other.locator(".fact-details").textContent()).toContain(withSpeaker.fact.speaker!.name);
    await other.close();
  });

  it("copies a plain-text citation with the fact, its date, the site, the URL, each source and quote, and today", () => {
    const text = copied.get("text")!;
    const { fact } = rich;
    expect(text).toContain(`“${fact.text}”`);
    expect(text).toContain(`dated ${fact.date!.text}`);
    expect(text).toContain(graph.site.title);
    expect(text).toContain(fact.pageAbsoluteUrl);
    expect(text).toContain(`version of ${fact.versionText}`);
    for (const c of fact.citations) expect(text).toContain(`${c.source.name}: “${c.quote}”`);
    expect(text).toContain(`Accessed ${formatAccessDate(today, "long")}.`);
    expect(text).not.toMatch(/\[\[accessed|source-\d+/);
  });

  it("copies BibTeX and CSL-JSON that citation-js reads back", () => {
    const { fact } = rich;
    const [bib] = new Cite(copied.get("bibtex")!).data;
    expect(folded(String(bib!.title))).toBe(folded(fact.text));
    expect(bib!.URL).toBe(fact.pageAbsoluteUrl);
    expect(bib!.note).toContain(`Accessed ${formatAccessDate(today, "iso")}.`);

    const [csl] = new Cite(JSON.parse(copied.get("csl-json")!)).data;
    expect(csl!.title).toBe(fact.text);
    expect(csl!.URL).toBe(fact.pageAbsoluteUrl);
    expect(csl!.accessed).toEqual({ "date-parts": [[today.year, today.month, today.day]] });
    expect(csl!.issued).toEqual({ "date-parts": [fact.version.split("-").map(Number)] });
    expect(csl!.note).toContain(`Version of ${fact.versionText}`);
  });

  it("copies RIS that a RIS parser reads back", async () => {
    const { fact } = rich;
    const [ris] = (await Cite.async(copied.get("ris")!)).data;
    expect(ris!.title).toBe(fact.text);
    expect(ris!.URL).toBe(fact.pageAbsoluteUrl);
    expect(ris!.type).toBe("webpage");
    expect(ris!.accessed).toEqual({ "date-parts": [[today.year, today.month, today.day]] });
    for (const c of fact.citations) expect(ris!.note).toContain(c.quote);
  });

  it("copies a Markdown link to the fact's page", () => {
    const markdown = copied.get("markdown")!;
    const match = /^\[(.+)\]\((\S+)\) — (.+)$/.exec(markdown);
    expect(match).not.toBeNull();
    expect(match![1]!.replace(/\\(.)/g, "$1")).toBe(rich.fact.text);
    expect(match![2]).toBe(rich.fact.pageAbsoluteUrl);
    expect(match![3]).toContain(`accessed ${formatAccessDate(today, "long")}`);
  });

  it("offers Cite this page on an entity page, and per fact a link to its Cite panel", async () => {
    const entity = graph.pages.find((p) => p.id === rich.fact.owner.id)!;
    const other = await context.newPage();
    await other.goto(new URL(entity.url.slice(1), server.url).href);
    expect(await other.locator(".cite-panel h2").textContent()).toBe("Cite this page");
    await other.locator(".cite-more > summary").click();
    await other.locator('.cite-format[data-format="csl-json"] .cite-copy').click();
    await expect.poll(() => other.locator('.cite-format[data-format="csl-json"] .cite-status').textContent()).toBe("Copied.");
    const [csl] = new Cite(JSON.parse(await other.evaluate(() => navigator.clipboard.readText()))).data;
    expect(csl!.title).toBe(entity.name);
    expect(csl!.URL).toBe(entity.link.absoluteUrl);

    const citeLink = other.locator(`.fact[data-fact-id="${rich.fact.id}"] a.cite-link`);
    await citeLink.click();
    await other.waitForURL((u) => u.pathname === `${prefix}facts/${rich.fact.id}/` && u.hash === "#cite");
    expect(await other.locator("#cite").isVisible()).toBe(true);
    await other.close();
  });

  it("says without JavaScript which day its access dates are", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(new URL(rich.url.slice(1), server.url).href);
    const edition = formatAccessDate(dayOf(graph.site.published), "long");
    expect(await plain.locator(".cite-access-note").textContent()).toContain(edition);
    expect(await plain.locator('.cite-format[data-format="text"] .cite-text').textContent()).toContain(`Accessed ${edition}.`);
    expect(await plain.locator(".cite-copy:visible").count()).toBe(0);
    await noScript.close();
  });
});

describe("every citation the build writes", () => {
  const fixture = graphOf(FIXTURE_DATA, SHARED_SITES.fixture.siteUrl);
  const textOf = (page: FactPage, format: string) =>
    page.cite.formats.find((f) => f.id === format)!.parts.map((p) => (typeof p === "string" ? p : p.text)).join("");

  it("parses back to the fact's own words and URL, hostile text included", async () => {
    const all = [...factPages, ...fixture.pages.flatMap((p) => p.factPages)];
    const wrong: string[] = [];
    for (const page of all) {
      const { text, pageAbsoluteUrl } = page.fact;
      const [bib] = new Cite(textOf(page, "bibtex")).data;
      const [ris] = (await Cite.async(textOf(page, "ris"))).data;
      const [csl] = JSON.parse(textOf(page, "csl-json")) as Array<Record<string, unknown>>;
      if (folded(String(bib!.title)) !== folded(text) || bib!.URL !== pageAbsoluteUrl) wrong.push(`BibTeX of ${page.url}: ${String(bib!.title)}`);
      if (ris!.title !== text || ris!.URL !== pageAbsoluteUrl) wrong.push(`RIS of ${page.url}: ${String(ris!.title)}`);
      if (csl!.title !== text || csl!.URL !== pageAbsoluteUrl) wrong.push(`CSL-JSON of ${page.url}`);
    }
    expect(wrong).toEqual([]);
    expect(all.length).toBeGreaterThan(factPages.length);
  });

  it("escapes what TeX and RIS would read as markup", async () => {
    const title = String.raw`Braces {x}, a backslash \ 50% & $5 #1 _a ^b ~c “quoted”`;
    const ctx = { settings: { title: "Sheets & {Co}", published: "2026-01-15" } } as unknown as GraphContext;
    const work = { key: "odd-fact", title, absoluteUrl: "https://facts.example/facts/odd-fact/", version: "2026-02-01", versionText: "1 February 2026", sources: [] };
    const panel = citePanel(ctx, "Cite this fact", work);
    const of = (id: string) => panel.formats.find((f) => f.id === id)!.parts.map((p) => (typeof p === "string" ? p : p.text)).join("");
    const [bib] = new Cite(of("bibtex")).data;
    expect(folded(String(bib!.title))).toBe(folded(title));
    expect(bib!.publisher).toBe("Sheets & {Co}");
    expect(bib!["citation-key"]).toBe("odd_fact");
    const [ris] = (await Cite.async(of("ris"))).data;
    expect(ris!.title).toBe(title);
    expect(JSON.parse(of("csl-json"))[0].title).toBe(title);
    expect(of("markdown")).toMatch(/^\[Braces \{x\}/);
  });
});

describe("citation metadata in the head", () => {
  const metaOf = (html: string) => {
    const root = parse(html);
    const meta = Object.fromEntries(root.querySelectorAll("meta[name]").map((m) => [m.getAttribute("name")!, m.getAttribute("content")!]));
    return { meta, canonical: root.querySelector('link[rel="canonical"]')?.getAttribute("href") };
  };

  it("on a fact page and an entity page: Highwire and Dublin Core tags Zotero reads", async () => {
    const server = await serve(inject("bundledSite"), prefix);
    try {
      const entity = graph.pages.find((p) => p.id === rich.fact.owner.id)!;
      const cases = [
        { url: rich.url, title: rich.fact.text, absolute: rich.fact.pageAbsoluteUrl },
        { url: entity.url, title: entity.name, absolute: entity.link.absoluteUrl },
      ];
      for (const c of cases) {
        const response = await fetch(new URL(c.url.slice(1), server.url));
        expect(response.status).toBe(200);
        const { meta, canonical } = metaOf(await response.text());
        expect(canonical).toBe(c.absolute);
        expect(meta.citation_title).toBe(c.title);
        expect(meta.citation_public_url).toBe(c.absolute);
        expect(meta.citation_abstract_html_url).toBe(c.absolute);
        expect(meta.citation_publisher).toBe(graph.site.title);
        expect(meta.citation_publication_date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        expect(meta.citation_online_date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        expect(meta["DC.title"]).toBe(c.title);
        expect(meta["DC.identifier"]).toBe(c.absolute);
        expect(meta["DC.publisher"]).toBe(graph.site.title);
        expect(meta["DC.date"]).toBe(meta.citation_publication_date!.replace(/\//g, "-"));
      }
    } finally {
      await server.close();
    }
  });

  it("dates a corrected fact by its latest correction, and says which version a citation read", () => {
    const fixture = graphOf(FIXTURE_DATA, SHARED_SITES.fixture.siteUrl);
    const corrected: FactPage = fixture.pages.flatMap((p) => p.factPages).find((f) => f.fact.corrections.length)!;
    const latest = corrected.fact.corrections.map((c) => c.on).sort().at(-1)!;
    expect(latest > corrected.fact.added).toBe(true);
    const html = readPage(inject("fixtureSite"), corrected.url);
    const { meta } = metaOf(html);
    expect(meta.citation_publication_date).toBe(latest.replace(/-/g, "/"));
    expect(meta.citation_online_date).toBe(corrected.fact.added.replace(/-/g, "/"));
    expect(parse(html).querySelector(".fact-version")!.textContent).toBe(`Version of ${corrected.fact.versionText}`);
    expect(corrected.fact.version).toBe(latest);
    expect(parse(html).querySelector('.cite-format[data-format="text"] .cite-text')!.textContent).toContain(`version of ${corrected.fact.versionText}`);
  });
});
