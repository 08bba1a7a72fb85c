/**
 * Pagefind behind the search page. Date order asks Pagefind twice, sorted and
 * not, because a sort leaves out every page without a date: the undated
 * results follow the dated ones instead of vanishing.
 */
import { HIGHLIGHT_PARAM, SEARCH_FILTERS, type SearchFilter } from "../../scripts/shared/contracts.ts";
import { without, type FactHit, type FilterCounts, type Filters, type Order, type ResultSet, type SearchBackend, type SearchHit } from "./search-backend.ts";

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
}

const plain = (html: string) => new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";

/** Pagefind's URLs carry the site's path prefix; hits carry site paths, as the names layer does. */
function sitePath(url: string, root: URL): string {
  const u = new URL(url, location.href);
  return "/" + u.pathname.slice(root.pathname.length) + u.search + u.hash;
}

/** A fact sub-result (its heading is the fact, with the fact's id), shown once: the excerpt only when it says more than the sentence. */
function factHit(s: PagefindSubResult, root: URL): FactHit {
  const said = plain(s.excerpt).replace(/…/g, "").trim();
  return { url: sitePath(s.url, root), text: s.title, ...(said && !s.title.includes(said) ? { excerpt: s.excerpt } : {}) };
}

function hitOf(d: PagefindData, root: URL): SearchHit {
  const facts = d.sub_results.filter((s) => s.anchor?.element === "h3" && s.url.includes("#")).slice(0, 3).map((s) => factHit(s, root));
  const url = sitePath(d.url, root);
  return { page: url.replace(/[?#].*$/, ""), url, title: d.meta.title ?? d.url, meta: [d.meta.type, d.meta.date, d.meta.role].filter((m): m is string => !!m), excerpt: facts.length ? "" : d.excerpt, facts };
}

/**
 * `bundlePath`: where this index's bundle sits under the site's root (an overlay's differs from the main index's).
 * `parts`: the other parts of an index split for size, searched as one with it (Pagefind's multisite search).
 */
export async function pagefindSearch(module: Pagefind, root: URL, version: string | undefined, bundlePath?: string, parts: string[] = []): Promise<SearchBackend> {
  // metaCacheTag fixes the entry file's URL per build, so the offline cache can answer it. No worker:
  // with the warm-up below it saves no time on a first search (10k entities) and costs 43 KB more.
  const options = { baseUrl: root.pathname, excerptLength: 24, highlightParam: HIGHLIGHT_PARAM, ...(version ? { metaCacheTag: version } : {}) };
  await module.options({ ...options, ...(bundlePath ? { bundlePath: new URL(bundlePath, root).pathname } : {}), noWorker: true });
  await module.init();
  await Promise.all(parts.map((part) => module.mergeIndex(new URL(part, root).pathname, options)));
  // An empty search loads Pagefind's WebAssembly and metadata while the reader is still typing, and nothing else.
  void module.search("");
  const ask = (query: string, filters: Filters, sort?: Order) => module.search(query || null, { filters, ...(sort ? { sort: { date: sort } } : {}) });
  return {
    mode: "pagefind",
    async hasWord(word) {
      // A quoted search matches the word itself, not a shorter prefix of it as a plain search may.
      return (await module.search(`"${word}"`)).results.length > 0;
    },
    async run(query, filters, order): Promise<ResultSet> {
      const all = await ask(query, filters);
      let results = all.results;
      let dated: number | undefined;
      if (order) {
        const sorted = (await ask(query, filters, order)).results;
        const inOrder = new Set(sorted.map((r) => r.id));
        results = [...sorted, ...all.results.filter((r) => !inOrder.has(r.id))];
        dated = sorted.length;
      }
      return { total: results.length, dated, slice: async (from, count) => (await Promise.all(results.slice(from, from + count).map((r) => r.data()))).map((d) => hitOf(d, root)) };
    },
    async filterValues() {
      const available = await module.filters();
      return Object.fromEntries(SEARCH_FILTERS.map(([key]) => [key, Object.keys(available[key] ?? {}).sort()]));
    },
    async counts(query, filters) {
      const counts: FilterCounts = {};
      await Promise.all(
        SEARCH_FILTERS.map(async ([key]: readonly [SearchFilter, string]) => {
          const search = await ask(query, without(filters, key));
          counts[key] = { any: search.results.length, values: search.filters[key] ?? {} };
        }),
      );
      return counts;
    },
  };
}
