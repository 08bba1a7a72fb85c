/**
 * The search page. A query is first read against the names layer (corrected,
 * aliases turned into names, the entities it names found), then searched in full
 * text — Pagefind over HTTP, the shipped page texts from disk — with the same
 * filters and order for every result, the named entities first. A first search
 * fetches little: the name shards its words need, filter values only when the
 * filter panel opens, ten result fragments at a time.
 */
import { BUILD_INFO_PATH, OFFLINE_TEXT_GLOBAL, OFFLINE_TEXT_PATH, PAGEFIND_PATH, SEARCH_DEBOUNCE_MS, SEARCH_FILTERS, type BuildInfo, type OfflinePage, type SearchFilter } from "../../scripts/shared/contracts.ts";
import { diskUrl, rootRelativeUrl } from "../../scripts/shared/url-scheme.ts";
import { fold } from "../../scripts/shared/names.ts";
import { nameIndex } from "./name-index.ts";
import { planQuery, type QueryPlan } from "./query-plan.ts";
import { loadScript } from "./load-script.ts";
import { offlineSearch } from "./offline-search.ts";
import { pagefindSearch, type Pagefind } from "./pagefind-search.ts";
import { withOverlay } from "./search-overlay.ts";
import type { Filters, Order, ResultSet, SearchBackend, SearchHit } from "./search-backend.ts";
import { el, filterSelect, resultItem, showCounts, suggestionLine } from "./search-results-view.ts";

const PAGE_SIZE = 10;
const ORDERS: Array<[Order, string]> = [
  ["", "Relevance"],
  ["asc", "Date, oldest first"],
  ["desc", "Date, newest first"],
];

async function connect(root: URL, fromDisk: boolean): Promise<SearchBackend | undefined> {
  if (!fromDisk) {
    try {
      const module = (await import(/* @vite-ignore */ new URL(PAGEFIND_PATH, root).href)) as Pagefind;
      const info = await fetch(new URL(BUILD_INFO_PATH, root))
        .then((r) => r.json() as Promise<BuildInfo>)
        .catch(() => undefined);
      const main = await pagefindSearch(module, root, info?.version, undefined, info?.searchParts);
      if (!info?.overlay) return main;
      const overlayPath = info.overlay.path;
      const overlay = overlayPath ? await pagefindSearch((await import(/* @vite-ignore */ new URL(`${overlayPath}pagefind.js`, root).href)) as Pagefind, root, info.version, overlayPath) : undefined;
      return withOverlay(main, overlay, new Set(info.overlay.replaces));
    } catch {
      /* Fall through to the shipped texts. */
    }
  }
  await loadScript(new URL(OFFLINE_TEXT_PATH, root)).catch(() => undefined);
  const pages = (window as unknown as Record<string, OfflinePage[] | undefined>)[OFFLINE_TEXT_GLOBAL];
  return pages ? offlineSearch(pages) : undefined;
}

function statusText(q: string, total: number, filtered: boolean, set: ResultSet, order: Order): string {
  if (!q && !filtered) return "";
  if (total === 0) return q ? `No results for “${q}”.` : "No results.";
  const count = `${total} result${total === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}.`;
  if (!order) return count;
  const undated = total - (set.dated ?? 0);
  const direction = order === "asc" ? "oldest first" : "newest first";
  return `${count} Sorted by date, ${direction}${undated ? `; the ${undated} undated result${undated === 1 ? " follows" : "s follow"} the dated ones` : ""}.`;
}

function correctionText(q: string, plan: QueryPlan): string {
  const parts = [];
  if (plan.corrected && plan.search) parts.push(`Searched for “${plan.search}”, the spelling of the names in the sources.`);
  if (plan.dropped.length) parts.push(`No page has ${plan.dropped.map((w) => `“${w}”`).join(" or ")}${plan.search ? ", so it was left out" : ""}.`);
  return q ? parts.join(" ") : "";
}

export async function setUpSearchPage(root: URL): Promise<void> {
  const app = document.getElementById("search-app");
  if (!app) return;
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("search-q") as HTMLInputElement;
  const status = document.getElementById("search-status")!;
  const notice = document.getElementById("search-notice")!;
  const list = document.getElementById("search-results")!;
  const more = document.getElementById("search-more") as HTMLButtonElement;
  const suggestions = document.getElementById("search-suggestions")!;
  const panel = document.getElementById("search-filter-panel") as HTMLDetailsElement;
  const filterBox = document.getElementById("search-filters") as HTMLFieldSetElement;
  const fromDisk = location.protocol === "file:";
  const params = new URL(location.href).searchParams;
  input.value = params.get("q") ?? "";
  // Hits and names carry site paths (/people/joe-biden/#fact); from disk a folder is its index.html.
  const link = (url: string) => new URL(fromDisk ? diskUrl(rootRelativeUrl(url)) : rootRelativeUrl(url), root).href;

  const backend = await connect(root, fromDisk);
  const names = nameIndex(root, { grams: Number(app.dataset.gramShards) || 1, words: Number(app.dataset.wordShards) || 1 });
  if (!backend) {
    status.textContent = "Search could not load its index.";
    return;
  }

  const selects = new Map<SearchFilter, HTMLSelectElement>();
  const wanted = Object.fromEntries(SEARCH_FILTERS.flatMap(([key]) => (params.get(key) ? [[key, params.get(key)!]] : []))) as Filters;
  const sort = el("select", { id: "search-sort", name: "sort" }, ...ORDERS.map(([value, label]) => el("option", { value }, label)));
  sort.value = params.get("sort") ?? "";
  // Filter values are fetched only when the reader opens the panel, or a shared link already filters.
  let filtersReady: Promise<void> | undefined;
  const ensureFilters = () =>
    (filtersReady ??= (async () => {
      const values = await backend.filterValues();
      for (const [key, label] of SEARCH_FILTERS) {
        if (!values[key]?.length) continue;
        const { label: wrap, select } = filterSelect(key, label, values[key]!, wanted[key] ?? "");
        select.addEventListener("change", () => void run());
        selects.set(key, select);
        filterBox.append(wrap);
      }
      filterBox.append(el("label", { className: "search-filter" }, el("span", {}, "Order"), sort));
      sort.addEventListener("change", () => void run());
    })());
  panel.hidden = false;
  panel.addEventListener("toggle", () => {
    if (panel.open) void ensureFilters().then(() => run());
  });
  if (Object.keys(wanted).length || sort.value) {
    panel.open = true;
    await ensureFilters();
  }

  // A shared link may filter by a value this copy does not have: say so rather than drop it in silence.
  const unavailable = SEARCH_FILTERS.flatMap(([key, label]) => (wanted[key] && selects.get(key)?.value !== wanted[key] ? [`${label.toLowerCase()} “${wanted[key]}”`] : []));
  let linkNotice = unavailable.length ? `This copy cannot filter by ${unavailable.join(" or ")}, so the results are not filtered by it.` : "";
  filterBox.addEventListener("change", () => (linkNotice = ""));

  let generation = 0;
  let current: { set: ResultSet; shown: number; plan: QueryPlan } | undefined;

  async function showMore(): Promise<void> {
    if (!current) return;
    const mine = generation;
    const hits = await current.set.slice(current.shown, PAGE_SIZE);
    if (mine !== generation) return;
    current.shown += hits.length;
    list.append(...hits.map((h) => resultItem(h, link)));
    more.hidden = current.shown >= current.set.total;
  }

  /** The first page of results, with the entities the query names moved to the top when they are among them. */
  function firstPage(hits: SearchHit[], plan: QueryPlan): HTMLLIElement[] {
    const rank = (h: SearchHit) => (plan.pinned.includes(h.page) ? plan.pinned.indexOf(h.page) : Infinity);
    const ordered = sort.value ? hits : hits.slice().sort((a, b) => rank(a) - rank(b));
    return ordered.map((h) => resultItem(h, link, plan.pinned.includes(h.page) ? plan.spelledAs.get(h.page) : undefined));
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    list.setAttribute("aria-busy", "true");
    const q = input.value.trim();
    const filters: Filters = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    if (selects.size === 0) Object.assign(filters, wanted);
    const order = sort.value as Order;
    const url = new URL(location.href);
    url.search = "";
    if (q) url.searchParams.set("q", q);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    if (order) url.searchParams.set("sort", order);
    history.replaceState(null, "", url);

    const filtered = Object.keys(filters).length > 0;
    // A query in quotes stays a phrase for Pagefind, corrected or not.
    const phrase = (words: string) => (/^\s*".+"\s*$/.test(q) && words ? `"${words}"` : words);
    // Most queries need no correction: search what was typed while the names layer reads it.
    const typed = fold(q);
    const early = typed ? backend!.run(phrase(typed), filters, order) : undefined;
    const plan = await planQuery(q, names, (w) => backend!.hasWord(w));
    const set: ResultSet =
      plan.search && plan.search === typed
        ? await early!
        : plan.search || (!q && filtered)
          ? await backend!.run(phrase(plan.search), filters, order)
          : { total: 0, slice: async () => [] };
    const hits = await set.slice(0, PAGE_SIZE);
    const counts = selects.size ? await backend!.counts(phrase(plan.search), filters) : undefined;
    if (mine !== generation) return;
    current = { set, shown: hits.length, plan };
    list.replaceChildren(...firstPage(hits, plan));
    more.hidden = current.shown >= set.total;
    for (const [key, select] of selects) showCounts(select, counts?.[key]);
    suggestions.replaceChildren(...(plan.suggestions.length ? [suggestionLine(plan.suggestions, link)] : []));
    notice.textContent = [linkNotice, correctionText(q, plan)].filter(Boolean).join(" ");
    status.textContent = statusText(q, set.total, filtered, set, order);
    list.setAttribute("aria-busy", "false");
  }

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
  });
  more.addEventListener("click", () => void showMore());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  if (fromDisk) document.getElementById("search-help")!.textContent = "Opened from disk: searching names, aliases, roles and the full text of every fact, with the same filters and order.";
  app.dataset.ready = backend.mode;
  await run();
}
