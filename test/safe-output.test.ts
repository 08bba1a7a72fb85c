/**
 * Output that is safe to open: every HTML page the build writes (layout pages
 * and generated redirect pages alike) carries the Content-Security-Policy and
 * the Referrer-Policy, and holds nothing that policy would have to allow: no
 * inline script but JSON data blocks, no inline style, no event handler.
 * Ids the pages define come from one reserved list, which the data check refuses as fact ids.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from "../_includes/security-meta.ts";
import { isReservedId, RESERVED_IDS } from "../scripts/shared/page-ids.ts";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { walkRecords } from "../scripts/pipeline/walk.ts";
import { KIND_LIST, KINDS } from "../scripts/schema/index.ts";
import { listFiles } from "./helpers/site.ts";
import { BUNDLED_DATA, FIXTURE_DATA } from "./helpers/paths.ts";

const sites = { bundled: inject("bundledSite"), fixture: inject("fixtureSite") };
const DATA_BLOCKS = new Set(["application/json", "application/ld+json"]);

function htmlPages(site: string): Array<{ file: string; doc: ReturnType<typeof parse> }> {
  return listFiles(site)
    .filter((f) => f.endsWith(".html"))
    .map((file) => ({ file, doc: parse(readFileSync(join(site, file), "utf8")) }));
}

describe.each(Object.entries(sites))("the %s site's pages", (name, site) => {
  const pages = htmlPages(site);

  it("include generated redirect pages when the data has redirects", () => {
    const redirects = pages.filter((p) => p.doc.querySelector("meta[http-equiv='refresh']"));
    if (name === "fixture") expect(redirects.length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(10);
  });

  it("each carry the Content-Security-Policy and the Referrer-Policy in their head", () => {
    for (const { file, doc } of pages) {
      const csp = doc.querySelectorAll("head meta[http-equiv='Content-Security-Policy']");
      expect(csp.map((m) => m.getAttribute("content")), file).toEqual([CONTENT_SECURITY_POLICY]);
      expect(doc.querySelector("head meta[name='referrer']")?.getAttribute("content"), file).toBe(REFERRER_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it("hold no inline script except JSON data blocks, no inline style and no event handler", () => {
    for (const { file, doc } of pages) {
      for (const script of doc.querySelectorAll("script")) {
        if (script.hasAttribute("src")) expect(script.getAttribute("src"), file).not.toMatch(/^(https?:)?\/\//);
        else expect(DATA_BLOCKS.has(script.getAttribute("type") ?? ""), `${file}: ${script.outerHTML.slice(0, 80)}`).toBe(true);
      }
      expect(doc.querySelectorAll("style"), file).toHaveLength(0);
      for (const el of doc.querySelectorAll("*")) {
        const attributes = Object.keys(el.attributes);
        expect(attributes.filter((a) => /^on/i.test(a) || a.toLowerCase() === "style"), `${file}: <${el.tagName.toLowerCase()}>`).toEqual([]);
        for (const a of ["href", "src", "action"]) expect(el.getAttribute(a) ?? "", file).not.toMatch(/^\s*javascript:/i);
      }
    }
  });
});

describe("ids the pages define", () => {
  /** Fact and disagreement ids (and moved-fact anchors) come from the data; every other id on an entity page must be reserved. */
  function dataAnchors(dataDir: string): Set<string> {
    const data = checkData(dataDir);
    const ids = new Set<string>(data.redirects.flatMap((r) => r.from.split("#").slice(1)));
    for (const e of data.linked.entities) walkRecords(e.entity, (record, path) => path.length > 0 && typeof record.id === "string" && ids.add(record.id));
    return ids;
  }

  it.each([
    ["bundled", sites.bundled, BUNDLED_DATA],
    ["fixture", sites.fixture, FIXTURE_DATA],
  ])("on the %s site's entity pages are all in the reserved list or anchors from the data", (_name, site, dataDir) => {
    const anchors = dataAnchors(dataDir);
    const folders = KIND_LIST.map((k) => KINDS[k].segment);
    const entityPages = htmlPages(site).filter(({ file, doc }) => folders.includes(file.split("/")[0]!) && file.split("/").length === 3 && doc.querySelector("main"));
    expect(entityPages.length).toBeGreaterThan(3);
    const unreserved = new Set<string>();
    for (const { doc } of entityPages) {
      for (const el of doc.querySelectorAll("[id]")) {
        const id = el.getAttribute("id")!;
        if (!isReservedId(id) && !anchors.has(id)) unreserved.add(id);
      }
    }
    expect([...unreserved]).toEqual([]);
    expect(RESERVED_IDS.has("main")).toBe(true);
  });
});
