/**
 * Link previews: the Open Graph and Twitter tags of every page, read from the
 * built HTML; the card images they point to (real PNGs of the declared size);
 * the favicon; and the card cache, which leaves unchanged cards unrendered.
 */
import { describe, expect, inject, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { listFiles, readPage } from "./helpers/site.ts";
import { copyData, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";

const bundled = inject("bundledSite");
const SITE_URL = SHARED_SITES.bundled.siteUrl;

function metaOf(document: HTMLElement): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const m of document.querySelectorAll("meta")) {
    const key = m.getAttribute("property") ?? m.getAttribute("name");
    if (key) tags[key] = m.getAttribute("content") ?? "";
  }
  return tags;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The built file an absolute URL of the bundled site points to. */
const fileOf = (url: string) => join(bundled, url.slice(SITE_URL.length));

describe("link previews", () => {
  it("an entity page previews as its name, a one-line summary written from its data, and its own card", () => {
    const document = parse(readPage(bundled, "people/jake-sullivan/"));
    const meta = metaOf(document);
    expect(meta["og:type"]).toBe("profile");
    expect(meta["og:site_name"]).toBe("Ceasefire Diplomacy Fact Sheets");
    expect(meta["og:title"]).toBe("Jake Sullivan");
    expect(meta["og:url"]).toBe(`${SITE_URL}people/jake-sullivan/`);
    expect(meta["og:url"]).toBe(document.querySelector('link[rel="canonical"]')!.getAttribute("href"));
    // What he is and what he did, not how many facts the page holds.
    expect(meta["og:description"]).toMatch(/^Jake Sullivan, National Security Adviser\. Took part in Sullivan–Gallant meeting/);
    expect(meta["og:description"]).not.toMatch(/sourced facts|\d+ meetings/);
    expect(meta["og:description"]!.length).toBeLessThanOrEqual(200);
    expect(meta.description).toBe(meta["og:description"]);
    expect(meta["og:image"]).toBe(`${SITE_URL}cards/people/jake-sullivan.png`);
    expect([meta["og:image:width"], meta["og:image:height"]]).toEqual(["1200", "630"]);
    expect(meta["og:image:alt"]).toMatch(/^Person: Jake Sullivan — National Security Adviser/);
    expect(meta["twitter:card"]).toBe("summary_large_image");
    expect(meta["twitter:title"]).toBe(meta["og:title"]);
    expect(meta["twitter:description"]).toBe(meta["og:description"]);
    expect(meta["twitter:image"]).toBe(meta["og:image"]);
    expect(pngSize(fileOf(meta["og:image"]!))).toEqual({ width: 1200, height: 630 });
  });

  it("a meeting's preview says what it was, when, where and with whom", () => {
    const meta = metaOf(parse(readPage(bundled, "meetings/sullivan-mbs-saudi-arabia/")));
    expect(meta["og:type"]).toBe("article");
    expect(meta["og:description"]).toMatch(/^Visit \(scheduled\), 13 December 2023, Saudi Arabia, with Jake Sullivan and Mohammed bin Salman\./);
  });

  it("every page carries the whole set, with an absolute card image that exists at the declared size", () => {
    const pages = listFiles(bundled).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(80);
    const sizes = new Map<string, { width: number; height: number }>();
    for (const file of pages) {
      const meta = metaOf(parse(readFileSync(join(bundled, file), "utf8")));
      for (const key of ["og:title", "og:description", "og:url", "og:type", "og:site_name", "og:image", "og:image:width", "og:image:height", "og:image:alt", "twitter:card", "twitter:image"]) {
        expect(meta[key], `${key} on ${file}`).toBeTruthy();
      }
      expect(meta["og:image"]!.startsWith(`${SITE_URL}cards/`), file).toBe(true);
      const image = meta["og:image"]!;
      if (!sizes.has(image)) sizes.set(image, pngSize(fileOf(image)));
      expect(sizes.get(image), file).toEqual({ width: Number(meta["og:image:width"]), height: Number(meta["og:image:height"]) });
    }
    // A card per entity page, and one the other pages share.
    expect(sizes.size).toBe(listFiles(bundled).filter((f) => /^cards\/.+\.png$/.test(f)).length);
    expect(metaOf(parse(readPage(bundled, "timeline/")))["og:image"]).toBe(`${SITE_URL}cards/site.png`);
  });

  it("every page links a favicon (SVG, and a PNG fallback) served by the site itself", () => {
    const document = parse(readPage(bundled, "people/jake-sullivan/"));
    const icons = document.querySelectorAll('link[rel="icon"]').map((l) => ({ href: l.getAttribute("href")!, type: l.getAttribute("type") }));
    expect(icons).toEqual([
      { href: "../../assets/favicon.svg", type: "image/svg+xml" },
      { href: "../../assets/favicon.png", type: "image/png" },
    ]);
    expect(readFileSync(join(bundled, "assets/favicon.svg"), "utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(pngSize(join(bundled, "assets/favicon.png"))).toEqual({ width: 32, height: 32 });
    expect(pngSize(join(bundled, "assets/apple-touch-icon.png"))).toEqual({ width: 180, height: 180 });
  });

  it("preview cards stay out of the offline cache: they are for the apps a link is shared in", () => {
    const files = JSON.parse(readFileSync(join(bundled, "offline-files.json"), "utf8")) as Array<[string, string]>;
    expect(files.some(([f]) => f.startsWith("cards/") || f === "_redirects")).toBe(false);
    expect(files.some(([f]) => f === "assets/favicon.svg")).toBe(true);
  });
});

describe("the card cache", () => {
  it("renders every card on a cold cache, none on a second build, and only the card whose content changed", () => {
    const data = copyData();
    const cache = join(tempDir("cards"), "cache");
    const out = join(tempDir("cards"), "site");
    const counts = (stdout: string) => {
      const m = /Preview cards: (\d+) rendered \(\d+ ms CPU\), (\d+) unchanged/.exec(stdout);
      expect(m, stdout).not.toBeNull();
      return { rendered: Number(m![1]), cached: Number(m![2]) };
    };
    const build = () => {
      const run = runCli("build.ts", ["--data", data, "--out", out, "--card-cache", cache]);
      expect(run.status, run.stderr).toBe(0);
      return counts(run.stdout);
    };
    // Six entity pages, the site's card and the favicon's two PNGs.
    expect(build()).toEqual({ rendered: 9, cached: 0 });
    const card = readFileSync(join(out, "cards/people/ada-example.png"));
    expect(build()).toEqual({ rendered: 0, cached: 9 });
    expect(readFileSync(join(out, "cards/people/ada-example.png"))).toEqual(card);

    const person = join(data, "people/ada-example.yaml");
    const text = readFileSync(person, "utf8");
    expect(text).toContain("name: Ada Example\n");
    // A new name changes her card, and the card of every page that names her in its title; nothing else.
    writeFileSync(person, text.replace("name: Ada Example\n", "name: Ada Q. Example\n"));
    const after = build();
    expect(after.rendered).toBe(1);
    expect(after.cached).toBe(8);
    expect(existsSync(join(out, "cards/people/ada-example.png"))).toBe(true);
  });
});
