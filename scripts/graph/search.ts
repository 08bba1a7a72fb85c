/**
 * What search reads: Pagefind's filters and sort keys for each page, the name
 * shards for typo-tolerant name search, and the page texts for searching a
 * copy opened from disk.
 */
import { KINDS, type Kind } from "../schema/index.ts";
import { nameShardKeys, type NameEntry } from "../shared/names.ts";
import type { OfflinePage } from "../shared/contracts.ts";
import { push } from "./context.ts";
import type { AliasView, DateView, EntityLink, FactView, SearchFacets } from "./views.ts";

/** What search reads of an entity page. */
export interface SearchablePage {
  kind: Kind;
  kindLabel: string;
  name: string;
  url: string;
  aliases: AliasView[];
  ownFacts: FactView[];
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

/** Canonical names of people and organizations and every alias, filed under the initial of each of their words. */
export function nameShards(pages: readonly SearchablePage[]): Array<{ key: string; entries: NameEntry[] }> {
  const shards = new Map<string, NameEntry[]>();
  for (const p of pages) {
    const entries: NameEntry[] = [
      // Canonical names of the actors only: a proposal's or a meeting's name is a description, found by full text.
      ...(KINDS[p.kind].actor ? [{ n: p.name, u: p.url, t: p.kindLabel }] : []),
      ...p.aliases.map((a) => ({ n: a.name, c: p.name, u: p.url, t: p.kindLabel })),
    ];
    for (const entry of entries) for (const key of nameShardKeys(entry.n)) push(shards, key, entry);
  }
  return [...shards.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, entries]) => ({ key, entries }));
}

export function offlineText(pages: readonly SearchablePage[]): OfflinePage[] {
  return pages.map((p) => ({
    url: p.url,
    title: p.name,
    type: p.kindLabel,
    names: [p.name, ...p.aliases.map((a) => a.name)],
    text: p.ownFacts.map((f) => [f.text, ...f.citations.map((c) => c.quote)].join(" ")).join(" "),
  }));
}
