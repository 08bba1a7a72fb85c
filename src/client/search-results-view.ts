/** The search page's pieces of DOM: results, suggestions and filter dropdowns, built from data, never from markup strings. */
import type { NameEntry } from "../../scripts/shared/names.ts";
import type { SearchHit } from "./search-backend.ts";
import { renderExcerpt } from "./excerpt.ts";

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One result: the page, then each fact on it that matched, once, linked to its anchor. */
export function resultItem(hit: SearchHit, link: (url: string) => string, spelledAs?: string): HTMLLIElement {
  const meta = [...hit.meta, ...(spelledAs ? [`spelled “${spelledAs}” in the sources`] : [])].join(" · ");
  return el(
    "li",
    { className: spelledAs !== undefined ? "result result-name" : "result" },
    el("a", { href: link(hit.url), className: "result-title" }, hit.title),
    el("p", { className: "result-meta" }, meta),
    ...(hit.excerpt ? [el("p", { className: "result-excerpt" }, renderExcerpt(hit.excerpt))] : []),
    ...(hit.facts.length
      ? [
          el(
            "ul",
            { className: "sub-results" },
            ...hit.facts.map((f) =>
              el("li", {}, el("a", { href: link(f.url), className: "sub-result" }, f.text), ...(f.excerpt ? [el("span", { className: "result-excerpt" }, " — ", renderExcerpt(f.excerpt))] : [])),
            ),
          ),
        ]
      : []),
  );
}

export function suggestionLine(entries: NameEntry[], link: (url: string) => string): HTMLParagraphElement {
  return el("p", {}, "Did you mean ", ...entries.flatMap((e, i) => [i ? ", " : "", el("a", { href: link(e.u) }, e.c ?? e.n)]), "?");
}

/** A filter's dropdown inside its label, so the two stay on one line. */
export function filterSelect(key: string, label: string, values: string[], chosen: string): { label: HTMLLabelElement; select: HTMLSelectElement } {
  const select = el("select", { id: `filter-${key}`, name: key });
  select.append(el("option", { value: "" }, `Any ${label.toLowerCase()}`), ...values.map((v) => el("option", { value: v }, v)));
  select.value = chosen;
  return { label: el("label", { className: "search-filter" }, el("span", {}, label), select), select };
}

/** Each option says how many results choosing it gives. */
export function showCounts(select: HTMLSelectElement, counts: { any: number; values: Record<string, number> } | undefined): void {
  for (const option of select.options) {
    const n = option.value ? (counts?.values[option.value] ?? 0) : (counts?.any ?? 0);
    option.textContent = `${option.dataset.label ?? (option.dataset.label = option.textContent ?? "")} (${n})`;
  }
}
