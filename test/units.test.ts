import { describe, expect, it } from "vitest";
import { formatPartialDate, isRealPartialDate, precisionOf, spanOf } from "../scripts/schema/partial-date.ts";
import { normalizeForQuote, findQuote } from "../scripts/pipeline/archive/archive.ts";
import { renderBlock, renderInline } from "../scripts/graph/markdown.ts";
import { relativeUrl, rootRelativeUrl } from "../scripts/shared/url-scheme.ts";
import { relativizeHtml } from "../scripts/site/relative-urls.ts";
import { html, trusted, jsonScript } from "../_includes/html.ts";
import { closest } from "../scripts/pipeline/closest.ts";
import { Fact, DateClaim, Person } from "../scripts/schema/index.ts";
import { checkPermanence, manifestAdditions } from "../scripts/pipeline/checks/permanence.ts";

describe("partial dates", () => {
  it("carry their precision in their shape and format with luxon", () => {
    expect(precisionOf("2024")).toBe("year");
    expect(precisionOf("2024-06")).toBe("month");
    expect(precisionOf("2023-12-14")).toBe("day");
    expect(formatPartialDate("2023-12-14")).toBe("14 December 2023");
    expect(formatPartialDate("2024-06")).toBe("June 2024");
    expect(formatPartialDate("2024")).toBe("2024");
  });
  it("reject impossible calendar dates", () => {
    expect(isRealPartialDate("2024-02-29")).toBe(true);
    expect(isRealPartialDate("2024-02-30")).toBe(false);
    expect(isRealPartialDate("2023-13")).toBe(false);
  });
  it("span the whole month or year they name", () => {
    expect(spanOf("2024-02")).toEqual({ earliest: "2024-02-01", latest: "2024-02-29" });
    expect(spanOf("2023")).toEqual({ earliest: "2023-01-01", latest: "2023-12-31" });
  });
});

describe("schema", () => {
  const citation = { source: "s", quote: "q" };
  it("accepts a fact with a stated date and infers its types", () => {
    const fact = Fact.parse({ id: "a-b", text: "T", date: { basis: "stated", on: "2024-06-10", citations: [citation] }, citations: [citation] });
    expect(fact.date?.basis).toBe("stated");
  });
  it("reads an unquoted YAML year as a date", () => {
    expect(DateClaim.parse({ basis: "outside", on: 2024, note: "n" })).toMatchObject({ on: "2024" });
  });
  it("refuses a bare date without its basis, a fact without citations, and unknown fields", () => {
    expect(DateClaim.safeParse({ on: "2024-06-10" }).success).toBe(false);
    expect(Fact.safeParse({ id: "a", text: "T", citations: [] }).success).toBe(false);
    expect(Person.safeParse({ id: "a", name: "A", nmae: "x" }).success).toBe(false);
  });
});

describe("quote matching", () => {
  it("normalizes only whitespace and typographic quote marks", () => {
    expect(normalizeForQuote("“tough  questions”\n’s")).toBe(`"tough questions" 's`);
    const text = { path: "", sha256: "", paragraphs: ["He said “yes”."], normalizedParagraphs: ['He said "yes".'] };
    expect(findQuote(text, 'said "yes"')).toBe(0);
    expect(findQuote(text, "said yes")).toBe(-1);
    expect(findQuote(text, "He Said")).toBe(-1);
  });
});

describe("markdown from data", () => {
  it("renders raw HTML as text and drops unsafe links and images", () => {
    const out = renderInline('<script>alert(1)</script> [x](javascript:alert(1)) [d](data:text/html,hi) ![i](https://tracker.example/p.png) [ok](https://example.org/)');
    expect(out).not.toContain("<script");
    expect(out).toContain("&lt;script&gt;");
    expect(out).not.toMatch(/href="(javascript|data):/);
    expect(out).not.toContain("<img");
    expect(out).toContain('href="https://example.org/"');
    expect(renderBlock("<b onclick=x>hi</b>")).toContain("&lt;b onclick=x&gt;");
  });
});

describe("the html tag", () => {
  it("escapes every interpolated string, and passes only trusted markup", () => {
    const evil = `"><script>alert(1)</script>`;
    expect(html`<a title="${evil}">${evil}</a>`.value).toBe(
      `<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>`,
    );
    expect(html`${trusted("<em>ok</em>")}`.value).toBe("<em>ok</em>");
    expect(html`${["<a>", html`<b>`]}`.value).toBe("&lt;a&gt;<b>");
    expect(jsonScript({ x: "</script><script>" }).value).not.toContain("</script>");
  });
});

describe("relative URLs", () => {
  it("make root-relative links work at any prefix and from disk", () => {
    expect(relativeUrl("/people/joe-biden/", "/people/")).toBe("../");
    expect(relativeUrl("/people/joe-biden/", "/")).toBe("../../");
    expect(relativeUrl("/people/joe-biden/", "/people/joe-biden.json")).toBe("../joe-biden.json");
    expect(relativeUrl("/people/joe-biden/", "/people/joe-biden/#fact-a")).toBe("#fact-a");
    expect(relativeUrl("/people/joe-biden/", "/meetings/x/#f")).toBe("../../meetings/x/#f");
    expect(relativeUrl("/", "/assets/site.css")).toBe("assets/site.css");
    expect(relativeUrl("/", "/")).toBe("./");
    expect(relativeUrl("/feed.xml", "/people/")).toBe("people/");
    expect(relativeUrl("/a/", "https://example.org/")).toBe("https://example.org/");
    expect(rootRelativeUrl("/people/")).toBe("people/");
    expect(relativizeHtml('<a href="/people/">x</a><link rel="x" href="//cdn.example/"><form action="/search/"><base href="/p/">', "/people/a/")).toBe(
      '<a href="../">x</a><link rel="x" href="//cdn.example/"><form action="../../search/"><base href="/p/">',
    );
    expect(relativizeHtml('<a href="/timeline/">t</a>', "/404.html")).toBe('<a href="timeline/">t</a>');
  });
});

describe("closest names", () => {
  it("suggest the nearest ids for a typo", () => {
    expect(closest("joe-bidne", ["joe-biden", "jake-sullivan", "john-kirby"])[0]).toBe("joe-biden");
    expect(closest("zzzzzzzz", ["joe-biden"])).toEqual([]);
  });
});

describe("permanence", () => {
  it("fails when a published URL disappears, passes once a redirect says where it went", () => {
    const manifest = { file: "_data/published-urls.txt", urls: ["/people/a/", "/people/a/#f1"] };
    const missing = checkPermanence(manifest, ["/people/b/", "/people/b/#f1"], []);
    expect(missing.map((p) => p.message)).toEqual([
      "the published URL /people/a/ would disappear",
      "the published fact anchor /people/a/#f1 would disappear",
    ]);
    const redirected = checkPermanence(
      manifest,
      ["/people/b/", "/people/b/#f1"],
      [
        { from: "/people/a/", to: "/people/b/", reason: "Renamed." },
        { from: "/people/a/#f1", to: "/people/b/#f1", reason: "Renamed." },
      ],
    );
    expect(redirected).toEqual([]);
    expect(manifestAdditions(["/a/"], ["/a/", "/b/"])).toEqual(["/b/"]);
  });
});

describe("downloads written in pieces", () => {
  it("give dataset.json exactly as JSON.stringify writes the whole dataset, also with a kind that has no entities", async () => {
    const { checkData } = await import("../scripts/pipeline/check-data.ts");
    const { graphContext } = await import("../scripts/graph/context.ts");
    const { buildDownloads } = await import("../scripts/graph/downloads.ts");
    const { KINDS, KIND_LIST } = await import("../scripts/schema/index.ts");
    const { twinPath } = await import("../scripts/shared/url-scheme.ts");
    const data = checkData("_data");
    const ctx = graphContext(data.linked, data.settings!, "https://example.org/prefix/", {});
    for (const empty of [undefined, "meeting"]) {
      const byKind = Object.fromEntries(KIND_LIST.map((k) => [k, k === empty ? [] : data.linked.entities.filter((e) => e.kind === k).map((e) => e.entity)])) as Parameters<typeof buildDownloads>[1];
      const file = [...buildDownloads(ctx, byKind).files()].find((f) => f.url.endsWith("/dataset.json"))!;
      const whole = {
        title: ctx.settings.title,
        published: ctx.settings.published,
        ...Object.fromEntries(KIND_LIST.map((k) => [KINDS[k].folder, byKind[k].map((e) => ({ url: ctx.link(e.id).absoluteUrl, twinUrl: twinPath(ctx.link(e.id).absoluteUrl), ...e }))])),
      };
      expect([...file.pieces].join("")).toBe(JSON.stringify(whole, null, 2) + "\n");
    }
  });

  it("record the same size and hash as the file written whole", async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { OutputFiles } = await import("../scripts/site/output-files.ts");
    const dir = mkdtempSync(join(tmpdir(), "pieces-"));
    const out = new OutputFiles(dir, true);
    const pieces = ["a,b\n", "é,", "x".repeat(1 << 20), "\n"];
    out.write("whole.csv", pieces.join(""));
    out.writePieces("data/pieces.csv", pieces);
    expect(readFileSync(join(dir, "data/pieces.csv"), "utf8")).toBe(pieces.join(""));
    expect(out.records[1]!.slice(1)).toEqual(out.records[0]!.slice(1));
    rmSync(dir, { recursive: true });
  });
});
