/** One real build of the small fixture site (Eleventy + Pagefind), asserting on what a reader gets. */
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles, readPage } from "./helpers/site.ts";
import { parse } from "node-html-parser";

// Built once per run for https://facts.example/sheets/ (test/global-setup.ts).
const site = inject("fixtureSite");

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("fixture build", () => {
  it("produces every page type, index, feed, sitemap and data twin", () => {
    const files = listFiles(site);
    for (const f of [
      "index.html",
      "people/index.html",
      "people/ada-example/index.html",
      "people/ada-example.json",
      "organizations/exampleland/index.html",
      "proposals/sampleton-plan/index.html",
      "meetings/sampleton-meeting/index.html",
      "sources/fixture-article/index.html",
      "sources/fixture-article.json",
      "timeline/index.html",
      "search/index.html",
      "corrections/index.html",
      "data/index.html",
      "data/dataset.json",
      "data/people.csv",
      "data/facts.csv",
      "404.html",
      "feed.xml",
      "sitemap.xml",
      "sw.js",
      "offline-manifest.json",
      "pagefind/pagefind.js",
      "assets/site.js",
      "assets/site.css",
    ]) {
      expect(files, f).toContain(f);
    }
  });

  it("a person page shows name, aliases with their source, roles, meetings, proposals and statements", () => {
    const page = readPage(site, "/people/ada-example/");
    const t = text(page);
    expect(t).toContain("Ada Example");
    expect(t).toMatch(/Ada Exampel \(misspelling\) — in Example Talks Resume in Sampleton/);
    expect(t).toMatch(/Foreign Minister , Exampleland/);
    expect(t).toMatch(/5 March 2024 — Ada Example meets the envoy in Sampleton as Foreign Minister/);
    expect(t).toMatch(/Sampleton Plan — supports/);
    expect(page).toContain('id="ada-example-door-to-truce"');
    expect(page).toContain('href="#ada-example-door-to-truce"');
    expect(t).toContain("Corrected 1 February 2026: An earlier version gave the wrong day.");
    expect(page).toContain("<q class=\"quote\">Ada Example said the plan “opens a door to a lasting truce”</q>");
  });

  it("dates say their precision and basis", () => {
    const source = text(readPage(site, "/sources/fixture-article/"));
    expect(source).toMatch(/March 2024 \(inferred\)/);
    const plan = text(readPage(site, "/proposals/sampleton-plan/"));
    expect(plan).toMatch(/March 2024 \(added from outside the archive\)/);
    expect(plan).toContain("Outside knowledge for the fixture");
  });

  it("a proposal shows terms, positions, status, disagreements with the preferred reading, and meetings", () => {
    const t = text(readPage(site, "/proposals/sampleton-plan/"));
    expect(t).toContain("Under discussion");
    expect(t).toMatch(/Terms .*A six-week pause and an exchange of prisoners/);
    expect(t).toMatch(/Ada Example supports/);
    expect(t).toMatch(/Preferred reading: Six weeks, as the plan states/);
    expect(t).toMatch(/Why: Both readings agree/);
    expect(t).toMatch(/5 March 2024 — Ada Example meets the envoy in Sampleton/);
  });

  it("a source page lists quality labels, excluded passages and every fact citing it", () => {
    const t = text(readPage(site, "/sources/fixture-article/"));
    expect(t).toContain("Links to unrelated stories");
    expect(t).toContain("Link to an unrelated story.");
    expect(t).toMatch(/Every fact that cites this source \(\d+\)/);
    expect(t).toContain("sha256");
  });

  it("renders hostile text inert: no script, no event handler, no javascript: link, no remote image", () => {
    for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
      const doc = parse(readFileSync(join(site, file), "utf8"));
      const scripts = doc.querySelectorAll("script").filter((s) => !["module", "application/ld+json", "application/json"].includes(s.getAttribute("type") ?? ""));
      expect(scripts.map((s) => s.toString()), file).toEqual(scripts.filter((s) => s.getAttribute("src")).map((s) => s.toString()));
      expect(doc.querySelectorAll("img, svg, iframe, object, embed"), file).toHaveLength(0);
      for (const el of doc.querySelectorAll("*")) {
        const handlers = Object.keys(el.attributes).filter((a) => /^on/i.test(a));
        expect(handlers, `${file}: <${el.tagName}>`).toEqual([]);
        for (const attr of ["href", "src", "action"]) {
          expect(el.getAttribute(attr) ?? "", file).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
      }
      // A markdown image from data stays text: nothing makes the browser fetch it.
      expect(doc.querySelectorAll("[src*='tracker.example'], link[href*='tracker.example']"), file).toHaveLength(0);
    }
    const hostile = readPage(site, "/people/mallory-hostile/");
    expect(hostile).toContain("Mallory &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;");
    expect(hostile).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(hostile).toContain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
    const twin = JSON.parse(readFileSync(join(site, "people/mallory-hostile.json"), "utf8"));
    expect(twin.data.name).toBe('Mallory <script>alert("name")</script>');
  });

  it("links are relative, so the site works under a path prefix and from disk; absolute URLs carry the prefix", () => {
    const page = readPage(site, "/people/ada-example/");
    expect(page).toContain('href="../../assets/site.css"');
    expect(page).not.toMatch(/href="\/(?!\/)/);
    expect(page).toContain('<link rel="canonical" href="https://facts.example/sheets/people/ada-example/">');
    const notFound = readPage(site, "/404.html");
    expect(notFound).toContain('<base href="/sheets/">');
    expect(notFound).toContain('href="people/"');
    expect(readFileSync(join(site, "sitemap.xml"), "utf8")).toContain("<loc>https://facts.example/sheets/people/ada-example/</loc>");
  });

  it("each entity page has a JSON twin and JSON-LD; the dataset downloads as JSON and CSV", () => {
    const twin = JSON.parse(readFileSync(join(site, "meetings/sampleton-meeting.json"), "utf8"));
    expect(twin).toMatchObject({
      type: "meeting",
      page: "https://facts.example/sheets/meetings/sampleton-meeting/",
      url: "https://facts.example/sheets/meetings/sampleton-meeting.json",
      data: { id: "sampleton-meeting", format: "in-person" },
    });
    const page = readPage(site, "/meetings/sampleton-meeting/");
    const ld = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(ld).toMatchObject({ "@type": "Event", startDate: "2024-03-05", location: { name: "Sampleton" } });
    expect(ld.attendee[0]).toMatchObject({ "@type": "Person", name: "Ada Example" });
    const dataset = JSON.parse(readFileSync(join(site, "data/dataset.json"), "utf8"));
    expect(dataset.people.map((p: { id: string }) => p.id).sort()).toEqual(["ada-example", "mallory-hostile"]);
    const csv = readFileSync(join(site, "data/facts.csv"), "utf8");
    expect(csv.split("\n")[0]).toBe("id,entity,entity_type,section,text,speaker,date,date_precision,date_basis,date_note,note,added,url");
    expect(csv).toContain("ada-example-door-to-truce,ada-example,person,facts,");
  });

  it("the Atom feed carries new facts and corrections", () => {
    const feed = readFileSync(join(site, "feed.xml"), "utf8");
    expect(feed).toContain("<id>https://facts.example/sheets/people/ada-example/#ada-example-door-to-truce</id>");
    expect(feed).toMatch(/<title>Correction \(1 February 2026\) — Ada Example/);
    expect(readPage(site, "/corrections/")).toContain("An earlier version gave the wrong day.");
  });

  it("the timeline groups dated events by month and marks uncertain dates", () => {
    const page = readPage(site, "/timeline/");
    expect(page).toContain('id="month-2024-03"');
    expect(text(page)).toMatch(/March 2024 \(added from outside the archive\) uncertain date — Sampleton Plan/);
    expect(text(page)).toMatch(/5 March 2024 — Ada Example meets the envoy in Sampleton/);
    expect(page).toMatch(/data-people="ada-example"/);
  });

  it("Pagefind indexed the entity pages only", () => {
    expect(existsSync(join(site, "pagefind/pagefind-entry.json"))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site, "pagefind/pagefind-entry.json"), "utf8"));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBe(6);
  });
});
