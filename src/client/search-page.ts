/**
 * The search page: Pagefind over HTTP (filters, sort, sub-results that land on a
 * fact), names and aliases with typo tolerance on top, and a full-text fallback
 * when the site is opened from disk, where Pagefind cannot load. What a first
 * search fetches is kept small: name shards for the query's initials only, filter
 * values only when the filter panel opens, ten result fragments at a time.
 */
import { matchNames, type NameMatch } from "./name-match.ts";
import { nameShardKeys, type NameEntry } from "../../scripts/shared/names.ts";
import {
  BUILD_INFO_PATH,
  NAME_SHARDS_GLOBAL,
  nameShardPath,
  OFFLINE_TEXT_GLOBAL,
  OFFLINE_TEXT_PATH,
  PAGEFIND_PATH,
  SEARCH_FILTERS,
  type BuildInfo,
  type NameShards,
  type OfflinePage,
} from "../../scripts/shared/contracts.ts";
import { diskUrl, rootRelativeUrl } from "../../scripts/shared/url-scheme.ts";
import { searchOffline } from "./offline-search.ts";
import { renderExcerpt } from "./excerpt.ts";

/** What the name shard and offline text scripts leave behind. */
const loaded = window as unknown as { [NAME_SHARDS_GLOBAL]?: NameShards; [OFFLINE_TEXT_GLOBAL]?: OfflinePage[] };

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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 10;

function loadScript(src: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src.href;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src.href}`));
    document.head.append(script);
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export async function setUpSearchPage(root: URL): Promise<void> {
  const app = document.getElementById("search-app");
  if (!app) return;
  const form = document.getElementById("search-form") as HTMLFormElement;
  const input = document.getElementById("search-q") as HTMLInputElement;
  const status = document.getElementById("search-status")!;
  const list = document.getElementById("search-results")!;
  const more = document.getElementById("search-more") as HTMLButtonElement;
  const suggestions = document.getElementById("search-suggestions")!;
  const panel = document.getElementById("search-filter-panel") as HTMLDetailsElement;
  const filterBox = document.getElementById("search-filters") as HTMLFieldSetElement;
  const fromDisk = location.protocol === "file:";
  const params = new URL(location.href).searchParams;
  input.value = params.get("q") ?? "";

  const link = (path: string) => new URL(fromDisk ? diskUrl(rootRelativeUrl(path)) : rootRelativeUrl(path), root).href;

  const shardsLoaded = new Map<string, Promise<void>>();
  async function namesFor(query: string): Promise<NameEntry[]> {
    const keys = nameShardKeys(query);
    await Promise.all(
      keys.map((key) => {
        if (!shardsLoaded.has(key)) shardsLoaded.set(key, loadScript(new URL(nameShardPath(key), root)).catch(() => undefined));
        return shardsLoaded.get(key)!;
      }),
    );
    return keys.flatMap((key) => loaded[NAME_SHARDS_GLOBAL]?.[key] ?? []);
  }

  let pagefind: Pagefind | undefined;
  const selects = new Map<string, HTMLSelectElement>();
  const sort = el("select", { id: "search-sort", name: "sort" });
  sort.append(el("option", { value: "" }, "Relevance"), el("option", { value: "asc" }, "Date, oldest first"), el("option", { value: "desc" }, "Date, newest first"));
  sort.value = params.get("sort") ?? "";

  if (!fromDisk) {
    try {
      pagefind = (await import(/* @vite-ignore */ new URL(PAGEFIND_PATH, root).href)) as Pagefind;
      const version = await fetch(new URL(BUILD_INFO_PATH, root))
        .then((r) => r.json() as Promise<BuildInfo>)
        .then((b) => b.version)
        .catch(() => undefined);
      // metaCacheTag fixes the entry file's URL per build, so the offline cache can answer it.
      await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, noWorker: true, ...(version ? { metaCacheTag: version } : {}) });
      await pagefind.init();
    } catch {
      pagefind = undefined;
    }
  }
  if (!pagefind) {
    await loadScript(new URL(OFFLINE_TEXT_PATH, root)).catch(() => undefined);
    if (fromDisk) status.textContent = "Opened from disk: searching names, aliases and the full text of every fact.";
  }

  // Filter values are fetched only when the reader opens the panel (or the URL already filters).
  let filtersReady: Promise<void> | undefined;
  function ensureFilters(): Promise<void> {
    filtersReady ??= (async () => {
      if (!pagefind) return;
      const available = await pagefind.filters();
      for (const [key, label] of SEARCH_FILTERS) {
        const values = Object.keys(available[key] ?? {}).sort();
        if (values.length === 0) continue;
        const select = el("select", { id: `filter-${key}`, name: key });
        select.append(el("option", { value: "" }, `Any ${label.toLowerCase()}`), ...values.map((v) => el("option", { value: v }, v)));
        select.value = params.get(key) ?? "";
        select.addEventListener("change", () => void run());
        selects.set(key, select);
        filterBox.append(el("label", { htmlFor: select.id }, `${label} `), select);
      }
      filterBox.append(el("label", { htmlFor: "search-sort" }, "Order "), sort);
      sort.addEventListener("change", () => void run());
    })();
    return filtersReady;
  }
  if (pagefind) {
    panel.hidden = false;
    panel.addEventListener("toggle", () => {
      if (panel.open) void ensureFilters();
    });
    if (SEARCH_FILTERS.some(([key]) => params.get(key)) || params.get("sort")) {
      panel.open = true;
      await ensureFilters();
    }
  }

  const nameResult = (m: NameMatch) =>
    el(
      "li",
      { className: "result result-name" },
      el("a", { href: link(m.entry.u), className: "result-title" }, m.entry.c ?? m.entry.n),
      el("p", { className: "result-meta" }, [m.entry.t, m.entry.c ? `spelled “${m.entry.n}” in the sources` : "", m.score >= 2 ? "closest name to your spelling" : ""].filter(Boolean).join(" · ")),
    );

  const pagefindResult = (d: PagefindData) => {
    // Sub-results that are facts (their heading carries the fact's id), not section headings.
    const subs = d.sub_results.filter((s) => s.anchor?.element === "h3" && s.url.includes("#")).slice(0, 3);
    return el(
      "li",
      { className: "result" },
      el("a", { href: d.url, className: "result-title" }, d.meta.title ?? d.url),
      el("p", { className: "result-meta" }, [d.meta.type, d.meta.date, d.meta.role].filter(Boolean).join(" · ")),
      el("p", { className: "result-excerpt" }, renderExcerpt(d.excerpt)),
      ...(subs.length
        ? [el("ul", { className: "sub-results" }, ...subs.map((s) => el("li", {}, el("a", { href: s.url, className: "sub-result" }, s.title), el("span", { className: "result-excerpt" }, " — ", renderExcerpt(s.excerpt)))))]
        : []),
    );
  };

  let generation = 0;
  let remaining: PagefindResult[] = [];
  const seen = new Set<string>();
  const pageKey = (url: string) => "/" + new URL(url, location.href).pathname.slice(root.pathname.length);

  async function showMore(): Promise<void> {
    const current = generation;
    const batch = remaining.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== generation) return;
    for (const d of data) {
      if (seen.has(pageKey(d.url))) continue;
      seen.add(pageKey(d.url));
      list.append(pagefindResult(d));
    }
    more.hidden = remaining.length === 0;
  }

  async function run(): Promise<void> {
    const current = ++generation;
    list.setAttribute("aria-busy", "true");
    const q = input.value.trim();
    const filters: Record<string, string> = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    const url = new URL(location.href);
    url.search = "";
    if (q) url.searchParams.set("q", q);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    if (sort.value) url.searchParams.set("sort", sort.value);
    history.replaceState(null, "", url);

    seen.clear();
    remaining = [];
    const items: HTMLLIElement[] = [];
    // Names first: exact names and spellings from the sources, then names within a couple of
    // edits of what was typed — Pagefind has no typo tolerance of its own.
    const names = q ? await namesFor(q) : [];
    const nameMatches = matchNames(q, names).filter((m) => !filters.type || m.entry.t === filters.type);
    const exact = nameMatches.filter((m) => m.score <= 1);
    const fuzzy = exact.length ? [] : nameMatches.filter((m) => m.score > 1).slice(0, 3);
    for (const m of [...exact, ...fuzzy]) {
      seen.add(m.entry.u);
      items.push(nameResult(m));
    }
    if (pagefind && (q || Object.keys(filters).length)) {
      const search = await pagefind.search(q || null, { filters, ...(sort.value ? { sort: { date: sort.value } } : {}) });
      if (current !== generation) return;
      remaining = search.results.slice();
    } else if (!pagefind && loaded[OFFLINE_TEXT_GLOBAL] && q) {
      for (const hit of searchOffline(q, loaded[OFFLINE_TEXT_GLOBAL], filters.type)) {
        if (seen.has(hit.page.url)) continue;
        seen.add(hit.page.url);
        items.push(el("li", { className: "result" }, el("a", { href: link(hit.page.url), className: "result-title" }, hit.page.title), el("p", { className: "result-meta" }, hit.page.type), el("p", { className: "result-excerpt" }, hit.snippet)));
      }
    }
    if (current !== generation) return;
    suggestions.replaceChildren();
    if (fuzzy.length) {
      suggestions.append(el("p", {}, "Did you mean ", ...fuzzy.flatMap((m, i) => [i ? ", " : "", el("a", { href: link(m.entry.u) }, m.entry.c ?? m.entry.n)]), "?"));
    }
    list.replaceChildren(...items);
    await showMore();
    if (current !== generation) return;
    list.setAttribute("aria-busy", "false");
    const shown = list.children.length;
    status.textContent =
      !q && Object.keys(filters).length === 0
        ? ""
        : shown === 0
          ? `No results for “${q}”.`
          : `${shown} result${shown === 1 ? "" : "s"}${remaining.length ? " shown, more available" : ""}${q ? ` for “${q}”` : ""}.`;
  }

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  more.addEventListener("click", () => void showMore().then(() => (status.textContent = `${list.children.length} results shown.`)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  app.dataset.ready = pagefind ? "pagefind" : "fallback";
  await run();
}
