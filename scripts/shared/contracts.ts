/**
 * Files the build writes and the browser reads: their paths (relative to the
 * site's root) and their shapes. Neither side spells them out again.
 */
import type { NameEntry } from "./names.ts";
import { jsonForScript } from "./json-script.ts";

/** One script per name shard: a script, not a fetch, because browsers allow scripts on pages opened from disk. */
export function nameShardPath(key: string): string {
  // Keys are folded word initials (letters and digits); a URL built from this path percent-encodes any non-ASCII.
  return `assets/names/${key}.js`;
}
/** The global each name shard script fills in, keyed by shard. */
export const NAME_SHARDS_GLOBAL = "FACT_SHEET_NAMES";
export type NameShards = Record<string, NameEntry[]>;
export function nameShardScript(key: string, entries: NameEntry[]): string {
  return `(window.${NAME_SHARDS_GLOBAL} = window.${NAME_SHARDS_GLOBAL} || {})[${JSON.stringify(key)}] = ${jsonForScript(entries)};\n`;
}

/** Page texts for the search that runs when the site is opened from disk. */
export const OFFLINE_TEXT_PATH = "assets/search-offline.js";
export const OFFLINE_TEXT_GLOBAL = "FACT_SHEET_TEXT";
export interface OfflinePage {
  url: string;
  title: string;
  type: string;
  names: string[];
  text: string;
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
}
export const SEARCH_OVERLAY_PATH = "pagefind-overlay";

/**
 * What the service worker caches for offline reading. A first visit caches the
 * shell (what opens the site and starts a search); a site small enough is kept
 * whole at once. Past that, pages are cached as they are read, and saving the
 * whole site is the reader's choice, from the full list in OFFLINE_FILES_PATH.
 */
export const OFFLINE_MANIFEST_PATH = "offline-manifest.json";
export const OFFLINE_FILES_PATH = "offline-files.json";
export interface OfflineManifest {
  version: string;
  /** The whole site: its size and how many files it has. */
  bytes: number;
  files: number;
  /** Small enough to keep whole: every file is cached on the first visit. */
  precacheAll: boolean;
  shell: string[];
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
