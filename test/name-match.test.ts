import { describe, expect, it } from "vitest";
import { allowedEdits, editDistance, fold, nameWords, trigrams } from "../scripts/shared/names.ts";
import { aliasSearchWords, nameEntries, nameIndex } from "../scripts/graph/search.ts";
import { planQuery } from "../src/client/query-plan.ts";
import type { NameIndex } from "../src/client/name-index.ts";
import type { GramShard, WordShard } from "../scripts/shared/contracts.ts";
import type { SearchablePage } from "../scripts/graph/search.ts";

const person = (name: string, id: string, aliases: string[] = [], roles: Array<[string, string]> = []): SearchablePage => ({
  kind: "person",
  kindLabel: "Person",
  name,
  url: `/people/${id}/`,
  aliases: aliases.map((a) => ({ name: a, kindLabel: "Misspelling", sources: [] })),
  ownFacts: [],
  facets: { type: "Person", year: [], people: [name], organizations: [] },
  roles: roles.map(([title, org]) => ({ title, organization: { id: org, name: org, url: "/o/", absoluteUrl: "", kind: "organization", kindLabel: "Organization" }, citations: [] })),
});
const PAGES = [
  person("Antony Blinken", "antony-blinken", ["Blingen", "Blinken"], [["Secretary of State", "US State Department"]]),
  person("Benjamin Netanyahu", "benjamin-netanyahu", ["Netanyahu"]),
  person("Jake Sullivan", "jake-sullivan", ["Jack Sullivan"]),
  person("Yoav Gallant", "yoav-gallant", ["Gallant"], [["Defense Minister of Israel", "Israeli Defense Ministry"]]),
  person("Matthew Miller", "matthew-miller", [], [["State Department spokesman", "US State Department"]]),
];

/** The names layer as the build writes it, read the way the browser reads its shards. */
function inMemory(pages: SearchablePage[]): NameIndex {
  const { shards } = nameIndex(nameEntries(pages));
  const part = (name: string) => Object.assign({}, ...shards.filter((s) => s.part === name).map((s) => s.entries));
  const grams = part("grams") as GramShard;
  const words = part("words") as WordShard;
  const lengths = shards.filter((s) => s.part === "lengths");
  return {
    sharingTrigrams: async (w) => [...new Set(trigrams(w).flatMap((g) => grams[g] ?? []))],
    ofNearbyLength: async (w) => lengths.filter((s) => Math.abs(Number(s.key) - w.length) <= allowedEdits(w)).flatMap((s) => s.entries as string[]),
    entriesOf: async (w) => words[w] ?? [],
  };
}
const names = inMemory(PAGES);
const fullText = new Set(["washington", "meeting", "defense", "killed"]);
const plan = (q: string) => planQuery(q, names, async (w) => fullText.has(w));

describe("words as search compares them", () => {
  it("folds case, accents and punctuation, and keeps Hebrew and Arabic letters", () => {
    expect(fold("  Al-Sīsī’s ")).toBe("al sisis");
    expect(fold("בִּנְיָמִין נְתַנְיָהוּ")).toBe("בנימין נתניהו");
    expect(fold("عبد الفتاح السيسي")).toBe("عبد الفتاح السيسي");
    expect(nameWords("Director of the Mossad")).toEqual(["director", "mossad"]);
  });
  it("counts edits, with adjacent transpositions as one", () => {
    expect(editDistance("herzgo", "herzog")).toBe(1);
    expect(editDistance("nlinken", "blinken")).toBe(1);
    expect(editDistance("netanyahoo", "netanyahu")).toBe(2);
    expect(editDistance("abc", "xyzuvw", 2)).toBe(3);
  });
  it("maps an alias to the name's own words for the full text", () => {
    expect(aliasSearchWords("Blingen", "Antony Blinken")).toBe("blinken");
    expect(aliasSearchWords("Al-Sisi", "Abdel Fattah El-Sisi")).toBe("el sisi");
    expect(aliasSearchWords("Jack Sullivan", "Jake Sullivan")).toBe("jake sullivan");
    expect(aliasSearchWords("Blinken", "Antony Blinken")).toBeUndefined();
    expect(aliasSearchWords("בנימין נתניהו", "Benjamin Netanyahu")).toBe("benjamin netanyahu");
  });
});

describe("reading a query against the names layer", () => {
  it("corrects a wrong first letter, a missing letter, a swapped pair and two edits", async () => {
    expect((await plan("Nlinken")).search).toBe("blinken");
    expect((await plan("Ketanyahu")).search).toBe("netanyahu");
    expect((await plan("Sulivan")).search).toBe("sullivan");
    expect((await plan("Galalnt")).search).toBe("gallant");
    expect((await plan("Netanyahoo")).search).toBe("netanyahu");
  });
  it("uses a correction or an alias anywhere in the query for the whole search", async () => {
    expect((await plan("Gallent Washington")).search).toBe("gallant washington");
    expect((await plan("Blingen meeting")).search).toBe("blinken meeting");
    const jack = await plan("Jack Sullivan");
    expect(jack.search).toBe("jake sullivan");
    expect(jack.pinned).toEqual(["/people/jake-sullivan/"]);
    expect(jack.spelledAs.get("/people/jake-sullivan/")).toBe("Jack Sullivan");
  });
  it("finds the person a role names, and suggests names only when no word is known", async () => {
    expect((await plan("Israeli defense minister")).pinned[0]).toBe("/people/yoav-gallant/");
    expect((await plan("State Department spokesman")).pinned[0]).toBe("/people/matthew-miller/");
    expect((await plan("defense minister")).suggestions).toEqual([]);
    expect((await plan("Blinkin")).suggestions.map((e) => e.u)).toEqual(["/people/antony-blinken/"]);
    expect((await plan("Blinkin")).search).toBe("blinken");
  });
  it("leaves out a word nothing knows and invents no match for short or unrelated words", async () => {
    const unknown = await plan("xqzvw Blinken");
    expect(unknown.search).toBe("blinken");
    expect(unknown.dropped).toEqual(["xqzvw"]);
    expect((await plan("Joy")).search).toBe("");
    expect((await plan("killed")).pinned).toEqual([]);
  });
});
