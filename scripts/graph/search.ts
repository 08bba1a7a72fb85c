/**
 * What search reads: Pagefind's filters and sort keys for each page; the names
 * layer (every name, alias and role, each word filed under its trigrams and under
 * its own key) that corrects a query before the full text is searched; and the
 * page texts for searching a copy opened from disk.
 */
import { KINDS, type Kind } from "../schema/index.ts";
import { editDistance, gramShardKey, nameWords, shardCount, trigrams, wordShardKey, type NameEntry } from "../shared/names.ts";
import { gramShardPath, lengthShardPath, wordShardPath, type GramShard, type NameShardCounts, type OfflinePage, type WordShard } from "../shared/contracts.ts";
import { push } from "./context.ts";
import type { AliasView, DateView, EntityLink, FactView, RoleView, SearchFacets } from "./views.ts";

/** What search reads of an entity page. */
export interface SearchablePage {
  kind: Kind;
  kindLabel: string;
  name: string;
  url: string;
  aliases: AliasView[];
  ownFacts: FactView[];
  facets: SearchFacets;
  roles?: RoleView[];
}

export function facetsOf(self: EntityLink, ownFacts: FactView[], own: { dates: DateView[]; actors: EntityLink[]; role?: string }): SearchFacets {
  const people = new Set<string>();
  const organizations = new Set<string>();
  for (const l of [self, ...own.actors]) {
    if (l.kind === "person") people.add(l.name);
    if (l.kind === "organization") organizations.add(l.name);
  }
  const factDates = ownFacts.flatMap((f) => (f.date ? [f.date] : []));
  const years = new Set([...own.dates, ...factDates].flatMap((d) => (d.on ? [d.on.slice(0, 4)] : [])));
  const primary = own.dates.find((d) => d.on);
  return {
    type: self.kindLabel,
    year: [...years].sort(),
    people: [...people].sort(),
    organizations: [...organizations].sort(),
    date: primary?.text,
    sortDate: primary?.on,
    role: own.role,
  };
}

/**
 * The words to search the full text with for an alias: each word of the alias
 * the canonical name lacks becomes the name's word nearest to it (Blingen →
 * blinken, Al-Sisi → el sisi); an alias with no word like the name's (a
 * translation) becomes the whole name. Undefined when the alias is spelled as the name.
 */
export function aliasSearchWords(alias: string, canonical: string): string | undefined {
  const own = nameWords(canonical);
  const words = nameWords(alias);
  const mapped = words.flatMap((w) => {
    if (own.includes(w)) return [w];
    const limit = Math.max(1, Math.floor([...w].length / 2));
    const nearest = own.map((o) => ({ o, d: editDistance(w, o, limit) })).sort((a, b) => a.d - b.d)[0];
    return nearest && nearest.d <= limit ? [nearest.o] : [];
  });
  const search = mapped.length ? [...new Set(mapped)].join(" ") : own.join(" ");
  return search === words.join(" ") ? undefined : search;
}

/** Every name the names layer matches: actors' canonical names, every alias, and each role with its organization. */
export function nameEntries(pages: readonly SearchablePage[]): NameEntry[] {
  return pages.flatMap((p) => {
    const base = { u: p.url, t: p.kindLabel };
    const aliases = p.aliases.map((a) => {
      const s = aliasSearchWords(a.name, p.name);
      return { n: a.name, c: p.name, ...base, ...(s ? { s } : {}) };
    });
    const roles = (p.roles ?? []).map((r) => ({ n: [r.title, r.organization?.name].filter(Boolean).join(", "), c: p.name, ...base, r: 1 as const }));
    // A proposal's or a meeting's name is a description, found by full text; actors' names are what people misspell.
    return [...(KINDS[p.kind].actor ? [{ n: p.name, ...base }] : []), ...aliases, ...roles];
  });
}

function sharded<T>(keyOf: (item: string) => string, items: Map<string, T>): Array<{ key: string; entries: Record<string, T> }> {
  const shards = new Map<string, Record<string, T>>();
  for (const [item, value] of [...items.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = keyOf(item);
    const shard = shards.get(key) ?? {};
    shard[item] = value;
    shards.set(key, shard);
  }
  return [...shards.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entries]) => ({ key, entries }));
}

/** About as many trigrams a shard: measured with scripts/bench/name-index-cost.ts. */
export const GRAMS_PER_SHARD = 24;

/** One shard script of the names layer: `part` says which global table it fills in. */
export interface NameShard {
  path: string;
  part: "grams" | "words" | "lengths";
  key: string;
  entries: GramShard | WordShard | string[];
}

/**
 * Trigram → the name words that contain it (where a misspelled word finds its
 * candidates, whatever letter it gets wrong), every name word by its length
 * (for the few misspellings that share no trigram with their word), and name
 * word → the names that contain it; grams and words split into shards by a hash.
 */
export function nameIndex(entries: readonly NameEntry[]): { shards: NameShard[]; counts: NameShardCounts } {
  const byWord = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    for (const word of new Set(nameWords(entry.n))) push(byWord, word, entry);
  }
  const byGram = new Map<string, string[]>();
  const byLength = new Map<number, string[]>();
  for (const word of [...byWord.keys()].sort()) {
    for (const gram of trigrams(word)) push(byGram, gram, word);
    push(byLength, [...word].length, word);
  }
  const counts = { grams: shardCount(byGram.size, GRAMS_PER_SHARD), words: shardCount(byWord.size, 12) };
  // Every shard, and every length up to the longest, exists, empty or not: a query asks for them without knowing.
  const every = <T>(shards: Array<{ key: string; entries: T }>, count: number, empty: T) => {
    const byKey = new Map(shards.map((s) => [s.key, s.entries]));
    return Array.from({ length: count }, (_, i) => i.toString(36)).map((key) => ({ key, entries: byKey.get(key) ?? empty }));
  };
  const longest = Math.max(0, ...byLength.keys());
  for (let n = 1; n <= longest; n++) if (!byLength.has(n)) byLength.set(n, []);
  const shards = [
    ...every(sharded((g) => gramShardKey(g, counts.grams), byGram), counts.grams, {}).map((s) => ({ path: gramShardPath(s.key), part: "grams" as const, ...s })),
    ...every(sharded((w) => wordShardKey(w, counts.words), byWord), counts.words, {}).map((s) => ({ path: wordShardPath(s.key), part: "words" as const, ...s })),
    ...[...byLength.entries()].sort(([a], [b]) => a - b).map(([length, words]) => ({ path: lengthShardPath(length), part: "lengths" as const, key: String(length), entries: words })),
  ];
  return { shards, counts };
}

export function offlineText(pages: readonly SearchablePage[]): OfflinePage[] {
  return pages.map((p) => ({
    url: p.url,
    title: p.name,
    type: p.kindLabel,
    names: [p.name, ...p.aliases.map((a) => a.name)],
    role: p.facets.role,
    date: p.facets.date,
    sortDate: p.facets.sortDate,
    filters: { type: [p.facets.type], person: p.facets.people, organization: p.facets.organizations, year: p.facets.year },
    facts: p.ownFacts.map((f) => ({ id: f.id, text: f.text, quotes: f.citations.map((c) => c.quote).join(" ") })),
  }));
}
