import { describe, expect, it } from "vitest";
import { editDistance, matchNames } from "../src/client/name-match.ts";
import { fold, nameShardKeys, type NameEntry } from "../scripts/shared/names.ts";
import { searchOffline } from "../src/client/offline-search.ts";

const entry = (name: string, canonical: string, entity: string): NameEntry => ({ n: name, ...(name !== canonical ? { c: canonical } : {}), u: `/people/${entity}/`, t: "Person" });
const NAMES = [
  entry("Yoav Gallant", "Yoav Gallant", "yoav-gallant"),
  entry("Gallantry", "Yoav Gallant", "yoav-gallant"),
  entry("Isaac Herzog", "Isaac Herzog", "isaac-herzog"),
  entry("Jake Sullivan", "Jake Sullivan", "jake-sullivan"),
  entry("Jack Sullivan", "Jake Sullivan", "jake-sullivan"),
  entry("Joe Biden", "Joe Biden", "joe-biden"),
];

describe("name matching for typo tolerance", () => {
  it("folds case, accents and punctuation", () => {
    expect(fold("  Al-Sīsī’s ")).toBe("al sisis");
  });
  it("counts edits, with adjacent transpositions as one", () => {
    expect(editDistance("herzgo", "herzog")).toBe(1);
    expect(editDistance("sulivan", "sullivan")).toBe(1);
    expect(editDistance("netanyahoo", "netanyahu")).toBe(2);
    expect(editDistance("abc", "xyzuvw", 2)).toBe(3);
  });
  it("ranks an exact alias first, then prefixes, then near misses; one result per entity", () => {
    expect(matchNames("gallantry", NAMES)[0]).toMatchObject({ entry: { c: "Yoav Gallant" }, score: 0 });
    expect(matchNames("Herzgo", NAMES)[0]?.entry.u).toBe("/people/isaac-herzog/");
    const sullivan = matchNames("Sulivan", NAMES);
    expect(sullivan.map((m) => m.entry.u)).toEqual(["/people/jake-sullivan/"]);
    expect(matchNames("Bidn", NAMES)[0]?.entry.u).toBe("/people/joe-biden/");
  });
  it("files a name under the initial of each of its words", () => {
    expect(nameShardKeys("Abdel Fattah El-Sisi")).toEqual(["a", "f", "e", "s"]);
  });
  it("does not invent matches for short or unrelated words", () => {
    expect(matchNames("a", NAMES)).toEqual([]);
    expect(matchNames("ceasefire", NAMES)).toEqual([]);
    expect(matchNames("Joy", NAMES)).toEqual([]);
  });
});

describe("full-text search for copies opened from disk", () => {
  const pages = [
    { url: "/a/", title: "A", type: "Meeting", names: ["A"], text: "Kirby said Sullivan asked tough questions." },
    { url: "/b/", title: "B", type: "Person", names: ["B"], text: "questions about tough times" },
  ];
  it("needs every word, prefers the exact phrase, and filters by type", () => {
    expect(searchOffline("tough questions", pages).map((h) => h.page.url)).toEqual(["/a/", "/b/"]);
    expect(searchOffline("tough questions", pages, "Person").map((h) => h.page.url)).toEqual(["/b/"]);
    expect(searchOffline("tough ceasefire", pages)).toEqual([]);
  });
});
