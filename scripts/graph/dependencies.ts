/**
 * Which entities a page shows. A page depends on every entity whose link
 * appears anywhere in it (a fact's owner, a speaker, a participant, a source):
 * a watching session re-renders exactly the pages that depend on an edited
 * entity. Views shared between pages (facts, attendances) are walked once.
 */
import type { EntityLink } from "./views.ts";

export class DependencyIndex {
  readonly #links: WeakSet<object>;
  readonly #shared = new WeakMap<object, ReadonlySet<string>>();

  constructor(links: Iterable<EntityLink>) {
    this.#links = new WeakSet(links);
  }

  /** Ids of the entities `value` shows. `twin` (the raw entity, whose references are plain ids) is read by id. */
  of(value: unknown): Set<string> {
    const ids = new Set<string>();
    this.#collect(value, ids, 0);
    return ids;
  }

  #collect(value: unknown, into: Set<string>, depth: number): void {
    if (value === null || typeof value !== "object") return;
    if (this.#links.has(value)) return void into.add((value as EntityLink).id);
    const shared = this.#shared.get(value);
    if (shared) {
      for (const id of shared) into.add(id);
      return;
    }
    // Objects below the page's own fields may be shared with other pages: remember what they show.
    const own = depth >= 2 ? new Set<string>() : into;
    if (Array.isArray(value)) for (const item of value) this.#collect(item, own, depth + 1);
    else for (const key in value) this.#collect((value as Record<string, unknown>)[key], own, depth + 1);
    if (own !== into) {
      this.#shared.set(value, own);
      for (const id of own) into.add(id);
    }
  }
}
