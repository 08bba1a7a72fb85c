/**
 * What the search page asks of a full-text search, answered by Pagefind over
 * HTTP and by the shipped page texts from disk: the same results, filters,
 * counts and order either way.
 */
import type { SearchFilter } from "../../scripts/shared/contracts.ts";

export type Filters = Partial<Record<SearchFilter, string>>;
export type Order = "" | "asc" | "desc";
/** Per filter: how many results its "any" option gives, and how many each value gives. */
export type FilterCounts = Partial<Record<SearchFilter, { any: number; values: Record<string, number> }>>;

/** A fact inside a result, linked to its anchor. */
export interface FactHit {
  url: string;
  text: string;
  /** Where the query matched when that is not the fact's own sentence (a quote), with <mark>s. */
  excerpt?: string;
}

export interface SearchHit {
  /** The page's path from the site's root, to compare hits by. */
  page: string;
  url: string;
  title: string;
  meta: string[];
  /** With <mark>s around the matched words; empty when the facts say it. */
  excerpt: string;
  facts: FactHit[];
}

export interface ResultSet {
  total: number;
  /** Under date order: how many results carry a date (they come first). */
  dated?: number;
  /** The hits from `from`, `count` of them. */
  slice(from: number, count: number): Promise<SearchHit[]>;
}

export interface SearchBackend {
  mode: "pagefind" | "fallback";
  hasWord(word: string): Promise<boolean>;
  run(query: string, filters: Filters, order: Order): Promise<ResultSet>;
  /** Every value of every filter, for the dropdowns. */
  filterValues(): Promise<Partial<Record<SearchFilter, string[]>>>;
  /** For each filter, how many results each of its values would give in place of the one chosen. */
  counts(query: string, filters: Filters): Promise<FilterCounts>;
}

/** The filters without one of them: what a dropdown's counts are computed against. */
export function without(filters: Filters, key: SearchFilter): Filters {
  const rest = { ...filters };
  delete rest[key];
  return rest;
}
