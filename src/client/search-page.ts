/**
 * The search page: Pagefind over HTTP (filters, sort, sub-results that land on a
 * fact), names and aliases with typo tolerance on top, and a full-text fallback
 * when the site is opened from disk, where Pagefind cannot load.
 */
import { matchNames, type NameEntry, type NameMatch } from "./name-match.ts";
import { searchOffline, type OfflinePage } from "./offline-search.ts";
import { renderExcerpt } from "./excerpt.ts";

declare global {
  interface Window {
    FACT_SHEET_NAMES?: NameEntry[];
    FACT_SHEET_TEXT?: OfflinePage[];
  }
}

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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> }>;
}

const FILTERS = [
  ["type", "Type"],
  ["person", "Person"],
  ["organization", "Organization"],
  ["year", "Year"],
] as const;
const MAX_RESULTS = 20;

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
  const suggestions = document.getElementById("search-suggestions")!;
  const filterBox = document.getElementById("search-filters") as HTMLFieldSetElement;
  const fromDisk = location.protocol === "file:";
  const params = new URL(location.href).searchParams;
  input.value = params.get("q") ?? "";

  await loadScript(new URL("assets/search-names.js", root)).catch(() => undefined);
  const names = window.FACT_SHEET_NAMES ?? [];
  const link = (url: string) => (fromDisk ? new URL((url.replace(/^\//, "") || "./") + (url.endsWith("/") ? "index.html" : ""), root).href : new URL(url.replace(/^\//, ""), root).href);

  let pagefind: Pagefind | undefined;
  const selects = new Map<string, HTMLSelectElement>();
  let sort: HTMLSelectElement | undefined;
  if (fromDisk) {
    await loadScript(new URL("assets/search-offline.js", root)).catch(() => undefined);
    status.textContent = "Opened from disk: searching names, aliases and the full text of every fact.";
  } else {
    try {
      pagefind = (await import(/* @vite-ignore */ new URL("pagefind/pagefind.js", root).href)) as Pagefind;
      const version = await fetch(new URL("offline-manifest.json", root))
        .then((r) => r.json() as Promise<{ version: string }>)
        .then((m) => m.version)
        .catch(() => undefined);
      await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, ...(version ? { metaCacheTag: version } : {}) });
      await pagefind.init();
      const available = await pagefind.filters();
      for (const [key, label] of FILTERS) {
        const values = Object.keys(available[key] ?? {}).sort();
        if (values.length === 0) continue;
        const select = el("select", { id: `filter-${key}`, name: key });
        select.append(el("option", { value: "" }, `Any ${label.toLowerCase()}`), ...values.map((v) => el("option", { value: v }, v)));
        select.value = params.get(key) ?? "";
        selects.set(key, select);
        filterBox.append(el("label", { htmlFor: select.id }, `${label} `), select);
      }
      sort = el("select", { id: "search-sort", name: "sort" });
      sort.append(el("option", { value: "" }, "Relevance"), el("option", { value: "asc" }, "Date, oldest first"), el("option", { value: "desc" }, "Date, newest first"));
      sort.value = params.get("sort") ?? "";
      filterBox.append(el("label", { htmlFor: "search-sort" }, "Order "), sort);
      filterBox.hidden = false;
    } catch {
      pagefind = undefined;
      await loadScript(new URL("assets/search-offline.js", root)).catch(() => undefined);
    }
  }

  const nameResult = (m: NameMatch) =>
    el(
      "li",
      { className: "result result-name" },
      el("a", { href: link(m.entry.url), className: "result-title" }, m.entry.canonical),
      el(
        "p",
        { className: "result-meta" },
        [m.entry.type, m.entry.alias ? `spelled “${m.entry.name}” in the sources` : "", m.score >= 2 ? "closest name to your spelling" : ""].filter(Boolean).join(" · "),
      ),
    );

  let generation = 0;
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
    if (sort?.value) url.searchParams.set("sort", sort.value);
    history.replaceState(null, "", url);

    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      suggestions.replaceChildren();
      status.textContent = "";
      return;
    }
    const items: HTMLLIElement[] = [];
    const seen = new Set<string>();
    const nameMatches = q ? matchNames(q, names).filter((m) => !filters.type || m.entry.type === filters.type) : [];
    // Names first: exact names and spellings from the sources, then names within a couple of
    // edits of what was typed — Pagefind has no typo tolerance of its own.
    const exact = nameMatches.filter((m) => m.score <= 1);
    const fuzzy = exact.length ? [] : nameMatches.filter((m) => m.score > 1).slice(0, 3);
    for (const m of [...exact, ...fuzzy]) {
      seen.add(m.entry.url);
      items.push(nameResult(m));
    }
    if (pagefind) {
      const search = await pagefind.search(q || null, { filters, ...(sort?.value ? { sort: { date: sort.value } } : {}) });
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (current !== generation) return;
      for (const d of data) {
        const pageUrl = new URL(d.url, location.href).pathname;
        const pageKey = "/" + pageUrl.slice(root.pathname.length);
        if (seen.has(pageKey)) continue;
        seen.add(pageKey);
        // Sub-results that are facts (their heading carries the fact's id), not section headings.
        const subs = d.sub_results.filter((s) => s.anchor?.element === "h3" && s.url.includes("#")).slice(0, 3);
        items.push(
          el(
            "li",
            { className: "result" },
            el("a", { href: d.url, className: "result-title" }, d.meta.title ?? d.url),
            el("p", { className: "result-meta" }, [d.meta.type, d.meta.date, d.meta.role].filter(Boolean).join(" · ")),
            el("p", { className: "result-excerpt" }, renderExcerpt(d.excerpt)),
            ...(subs.length
              ? [el("ul", { className: "sub-results" }, ...subs.map((s) => el("li", {}, el("a", { href: s.url, className: "sub-result" }, s.title), el("span", { className: "result-excerpt" }, " — ", renderExcerpt(s.excerpt)))))]
              : []),
          ),
        );
      }
    } else if (window.FACT_SHEET_TEXT) {
      for (const hit of searchOffline(q, window.FACT_SHEET_TEXT, filters.type)) {
        if (seen.has(hit.page.url)) continue;
        seen.add(hit.page.url);
        items.push(el("li", { className: "result" }, el("a", { href: link(hit.page.url), className: "result-title" }, hit.page.title), el("p", { className: "result-meta" }, hit.page.type), el("p", { className: "result-excerpt" }, hit.snippet)));
      }
    }
    suggestions.replaceChildren();
    if (fuzzy.length) {
      suggestions.append(el("p", {}, "Did you mean ", ...fuzzy.flatMap((m, i) => [i ? ", " : "", el("a", { href: link(m.entry.url) }, m.entry.canonical)]), "?"));
    }
    list.replaceChildren(...items);
    list.setAttribute("aria-busy", "false");
    const shown = items.length;
    status.textContent = shown === 0 ? `No results for “${q}”.` : `${shown} result${shown === 1 ? "" : "s"}${q ? ` for “${q}”` : ""}.`;
  }

  let timer: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  for (const select of [...selects.values(), ...(sort ? [sort] : [])]) select.addEventListener("change", () => void run());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  app.dataset.ready = pagefind ? "pagefind" : "fallback";
  await run();
}
