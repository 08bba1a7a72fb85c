/**
 * Full-text search over the page texts shipped as a plain script, for a copy
 * opened from disk where Pagefind cannot load: every word must match the start
 * of a word of the page; names weigh most; filters, counts and date order work
 * as they do over HTTP, and fact results land on the fact.
 */
import { fold, foldWithOrigins } from "../../scripts/shared/names.ts";
import { SEARCH_FILTERS, type OfflinePage, type SearchFilter } from "../../scripts/shared/contracts.ts";
import { without, type FilterCounts, type Filters, type Order, type SearchBackend, type SearchHit } from "./search-backend.ts";

interface Folded {
  page: OfflinePage;
  names: string;
  facts: Array<{ id: string; text: string; all: string }>;
  all: string;
}

/** Folded text with a space at each end, so " word" finds a word's start. */
const padded = (text: string) => ` ${fold(text)} `;
const has = (text: string, word: string) => text.includes(` ${word}`);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Where the words start a word of the text, as ranges of the text as written:
 * matching is done on folded text, so marks, vowel points and case do not hide a match.
 */
function matchedRanges(text: string, words: string[]): Array<[number, number]> {
  const { folded, origins } = foldWithOrigins(text);
  const ranges: Array<[number, number]> = [];
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (at === 0 || folded[at - 1] === " ") ranges.push([origins[at]!, origins[at + w.length]!]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A window of the text around the first matched word, with the words marked. */
function snippet(text: string, words: string[]): string {
  const ranges = matchedRanges(text, words);
  const at = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + 140);
  let html = start > 0 ? "…" : "";
  let cursor = start;
  for (const [from, to] of ranges) {
    if (from < cursor || to > end) continue;
    html += escapeHtml(text.slice(cursor, from)) + `<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    cursor = to;
  }
  return html + escapeHtml(text.slice(cursor, end)) + (end < text.length ? "…" : "");
}

export function offlineSearch(pages: OfflinePage[]): SearchBackend {
  const folded: Folded[] = pages.map((page) => {
    const facts = page.facts.map((f) => ({ id: f.id, text: f.text, all: padded(`${f.text} ${f.quotes}`) }));
    const names = padded([page.title, ...page.names].join(" "));
    return { page, names, facts, all: names + padded(page.role ?? "") + facts.map((f) => f.all).join("") };
  });
  const passes = (page: OfflinePage, filters: Filters) => SEARCH_FILTERS.every(([key]) => !filters[key] || page.filters[key].includes(filters[key]!));

  function matching(query: string, filters: Filters): Array<{ f: Folded; score: number; words: string[] }> {
    const words = fold(query).split(" ").filter(Boolean);
    return folded.flatMap((f) => {
      if (!passes(f.page, filters) || !words.every((w) => has(f.all, w))) return [];
      const score = words.reduce((n, w) => n + (has(f.names, w) ? 10 : 0) + f.facts.filter((x) => has(x.all, w)).length, 0);
      return [{ f, score, words }];
    });
  }

  function hitOf({ f, words }: { f: Folded; words: string[] }): SearchHit {
    const facts = f.facts
      .filter((x) => words.some((w) => has(x.all, w)))
      .slice(0, 3)
      .map((x) => {
        const inText = words.some((w) => has(padded(x.text), w));
        const quotes = f.page.facts.find((p) => p.id === x.id)!.quotes;
        return { url: `${f.page.url}#${x.id}`, text: x.text, ...(inText ? {} : { excerpt: snippet(quotes, words) }) };
      });
    const excerpt = facts.length ? "" : snippet(f.page.role ?? f.page.names.join(", "), words);
    return { page: f.page.url, url: f.page.url, title: f.page.title, meta: [f.page.type, f.page.date, f.page.role].filter((m): m is string => !!m), excerpt, facts };
  }

  return {
    mode: "fallback",
    hasWord: async (word) => folded.some((f) => has(f.all, word)),
    async run(query, filters, order: Order) {
      let hits = matching(query, filters).sort((a, b) => b.score - a.score);
      let dated: number | undefined;
      if (order) {
        const withDate = hits.filter((h) => h.f.page.sortDate).sort((a, b) => (a.f.page.sortDate! < b.f.page.sortDate! ? -1 : a.f.page.sortDate! > b.f.page.sortDate! ? 1 : 0) * (order === "asc" ? 1 : -1));
        dated = withDate.length;
        hits = [...withDate, ...hits.filter((h) => !h.f.page.sortDate)];
      }
      return { total: hits.length, dated, slice: async (from, count) => hits.slice(from, from + count).map(hitOf) };
    },
    async filterValues() {
      return Object.fromEntries(SEARCH_FILTERS.map(([key]) => [key, [...new Set(pages.flatMap((p) => p.filters[key]))].sort()]));
    },
    async counts(query, filters) {
      const counts: FilterCounts = {};
      for (const [key] of SEARCH_FILTERS as ReadonlyArray<readonly [SearchFilter, string]>) {
        const tally: Record<string, number> = {};
        const hits = matching(query, without(filters, key));
        for (const { f } of hits) for (const v of f.page.filters[key]) tally[v] = (tally[v] ?? 0) + 1;
        counts[key] = { any: hits.length, values: tally };
      }
      return counts;
    },
  };
}
