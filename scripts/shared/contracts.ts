/**
 * Files the build writes and the browser reads: their paths (relative to the
 * site's root) and their shapes. Neither side spells them out again.
 */
import type { NameEntry } from "./names.ts";
import { jsonForScript } from "./json-script.ts";

/**
 * The names layer, in shards loaded as plain scripts rather than fetched,
 * because browsers allow scripts on pages opened from disk (file://). A query
 * word loads the gram shards of its trigrams (to find the name words it may be
 * a misspelling of; the length shards when they hold none near enough), then
 * the word shard of each name word it settles on.
 */
export function gramShardPath(key: string): string {
  return `assets/names/g${key}.js`;
}
export function wordShardPath(key: string): string {
  return `assets/names/w${key}.js`;
}
/** Every name word of one length: searched when no trigram finds a word near enough. */
export function lengthShardPath(length: number): string {
  return `assets/names/l${length}.js`;
}
/** The global each shard script fills in, keyed by shard. */
export const NAME_INDEX_GLOBAL = "FACT_SHEET_NAMES";
/** Trigram → the name words that contain it. */
export type GramShard = Record<string, string[]>;
/** Name word → the names that contain it. */
export type WordShard = Record<string, NameEntry[]>;
/** How many gram and word shards a build wrote: the search page carries them (data-gram-shards, data-word-shards). */
export interface NameShardCounts {
  grams: number;
  words: number;
}
export interface LoadedNameIndex {
  grams: Record<string, GramShard>;
  words: Record<string, WordShard>;
  lengths: Record<string, string[]>;
}
export function nameShardScript(part: "grams" | "words" | "lengths", key: string, entries: unknown): string {
  const table = `(window.${NAME_INDEX_GLOBAL} = window.${NAME_INDEX_GLOBAL} || { grams: {}, words: {}, lengths: {} }).${part}`;
  return `${table}[${JSON.stringify(key)}] = ${jsonForScript(entries)};\n`;
}

/** Page texts for the search that runs when the site is opened from disk. */
export const OFFLINE_TEXT_PATH = "assets/search-offline.js";
export const OFFLINE_TEXT_GLOBAL = "FACT_SHEET_TEXT";
export interface OfflinePage {
  url: string;
  title: string;
  type: string;
  names: string[];
  role?: string;
  date?: string;
  sortDate?: string;
  /** The values of each search filter, as Pagefind has them. */
  filters: Record<SearchFilter, string[]>;
  /** Each fact with its id (its anchor), its text, and the quotes it cites. */
  facts: Array<{ id: string; text: string; quotes: string }>;
}
export function offlineTextScript(pages: OfflinePage[]): string {
  return `window.${OFFLINE_TEXT_GLOBAL} = ${jsonForScript(pages)};\n`;
}

/** The build's content version: all the search page needs (Pagefind's metaCacheTag). */
export const BUILD_INFO_PATH = "assets/build.json";
export interface BuildInfo {
  version: string;
  /**
   * While a curator edits (a watching session), the pages changed since the
   * main index was built are searched in an overlay index; the main index's
   * results for `replaces` are stale and hidden.
   */
  overlay?: { path?: string; replaces: string[] };
  /** The other parts of a search index too large for one (folders under the site, e.g. "pagefind-2/"), merged into the main one. */
  searchParts?: string[];
}
/** The main search bundle's folder; the parts of a split index sit beside it. */
export const MAIN_SEARCH_BUNDLE = "pagefind";
export const searchBundleName = (part: number): string => (part === 0 ? MAIN_SEARCH_BUNDLE : `${MAIN_SEARCH_BUNDLE}-${part + 1}`);
export const SEARCH_OVERLAY_PATH = "pagefind-overlay";

/**
 * What the service worker caches for offline reading. A first visit caches the
 * shell (what opens the site and starts a search); a site small enough is kept
 * whole at once. Past that, pages are cached as they are read, and saving the
 * whole site is the reader's choice, from the full list in OFFLINE_FILES_PATH.
 */
export const OFFLINE_MANIFEST_PATH = "offline-manifest.json";
export const OFFLINE_FILES_PATH = "offline-files.json";
/** Every file of the site and a short hash of its content: what changed between two versions, without fetching. */
export type OfflineFiles = Array<[file: string, hash: string]>;
/** Replaced in the built worker by the build's content version, so that every build is a new worker. */
export const SERVICE_WORKER_VERSION = "__FACT_SHEETS_VERSION__";
export interface OfflineManifest {
  version: string;
  /** The whole site: its size and how many files it has. */
  bytes: number;
  files: number;
  /** Small enough to keep whole: every file is cached on the first visit. */
  precacheAll: boolean;
  /** The shell's files and their hashes: a first visit needs no other list (OFFLINE_FILES_PATH grows with the site: 2.3 MB at 10,000 entities). */
  shell: OfflineFiles;
}
/** Messages between a page and the service worker about saving the whole site. */
export type OfflineMessage =
  | { type: "save-all" }
  | { type: "save-progress"; done: number; total: number }
  | { type: "save-done"; total: number }
  | { type: "save-failed"; reason: string }
  | { type: "status" }
  | { type: "status-reply"; savedAll: boolean };

export const SERVICE_WORKER_PATH = "sw.js";
export const SITE_SCRIPT_PATH = "assets/site.js";
export const REDIRECT_SCRIPT_PATH = "assets/redirect.js";
export const PAGEFIND_PATH = "pagefind/pagefind.js";
/** Pagefind's script that marks the query's words on the page a result lands on, and the URL parameter it reads them from. */
export const PAGEFIND_HIGHLIGHT_PATH = "pagefind/pagefind-highlight.js";
export const HIGHLIGHT_PARAM = "highlight";

/** How long the search page waits after a keystroke before it searches (the benchmark subtracts it). */
export const SEARCH_DEBOUNCE_MS = 200;

/** Pagefind filters the search page offers, in order, with their labels. */
export const SEARCH_FILTERS = [
  ["type", "Type"],
  ["person", "Person"],
  ["organization", "Organization"],
  ["year", "Year"],
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number][0];

/** On a redirect page, the JSON block that maps moved fact anchors to where they live now. */
export const MOVED_ANCHORS_ID = "moved-anchors";
