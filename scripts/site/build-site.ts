/**
 * Renders a site graph into a new build folder and publishes it atomically:
 * data files → pages (Eleventy, in shards on every core) → client bundles →
 * Pagefind → offline manifest → one switch of the output link.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Deferred, SiteGraph } from "../graph/site-graph.ts";
import { OutputFiles, type FileRecord } from "./output-files.ts";
import { writeDataFiles } from "./data-files.ts";
import { renderSite, type RenderOptions } from "./render/pool.ts";
import { bundleClientScripts } from "./client-bundles.ts";
import { indexSite } from "./split-search-index.ts";
import { writeOfflineManifest } from "./offline-manifest.ts";
import { acquireLock, newBuildFolder, outputFolder, publish, removeStaleBuilds } from "./publish.ts";
import { checkpoint } from "./checkpoints.ts";
import type { CardStats } from "./cards.ts";

export interface SiteOptions extends Omit<RenderOptions, "workDir" | "stream"> {
  /** Bytes up to which a first visit caches the whole site (the offline manifest's precacheAll). */
  precacheBudget?: number;
  /** Pages per part of the search index (a watching session keeps one index: it rebuilds and swaps it whole). */
  pagesPerSearchIndex?: number;
}

export interface BuildReport {
  pages: number;
  files: number;
  /** Every file written, with its size and content hash. */
  records: FileRecord[];
  /** The service worker's bundle, before the version is stamped in (a watching session stamps each new version). */
  worker: string;
  indexedPages: number;
  /** Milliseconds per stage, for the benchmark. */
  stages: Record<string, number>;
  /** Preview cards rendered and copied from the cache (rendered within the pages stage, on every core). */
  cards: CardStats;
}

const ASSETS = resolve(import.meta.dirname, "../../src/assets");

/** The static assets (stylesheet), copied as they are. */
function copyAssets(out: OutputFiles): void {
  for (const name of readdirSync(ASSETS)) if (statSync(join(ASSETS, name)).isFile()) out.write(`assets/${name}`, readFileSync(join(ASSETS, name)));
}

/** Writes every file of the site into `dir`. */
export async function writeSite(graph: SiteGraph, deferred: Deferred, dir: string, options: SiteOptions = {}): Promise<BuildReport> {
  const out = new OutputFiles(dir);
  const stages: Record<string, number> = {};
  const timed = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    stages[name] = performance.now() - started;
    return result;
  };
  await timed("data files", () => (copyAssets(out), writeDataFiles(graph, deferred.downloadFiles(), out)));
  // Shard files wait beside the build, never inside what is published.
  const { pages, cards } = await timed("pages", () => renderSite(graph, out, { ...options, stream: deferred.stream, workDir: `${dir}.work` }));
  const worker = await timed("client bundles", () => bundleClientScripts(out));
  await checkpoint("rendered");
  const search = await timed("search index", () => indexSite(dir, dir, options.pagesPerSearchIndex, out.records.map(([file]) => file)));
  for (const bundle of search.bundles) out.adopt(bundle);
  await checkpoint("indexed");
  await timed("offline manifest", () => writeOfflineManifest(out, worker, options.precacheBudget, search.bundles.slice(1)));
  return { pages, indexedPages: search.pages, files: out.records.length, records: out.records, worker, stages, cards };
}

export async function buildSite(graph: SiteGraph, deferred: Deferred, outDir: string, options: SiteOptions = {}): Promise<BuildReport> {
  const out = outputFolder(outDir);
  const release = acquireLock(out);
  try {
    removeStaleBuilds(out);
    const dir = newBuildFolder(out);
    try {
      const report = await writeSite(graph, deferred, dir, options);
      await checkpoint("manifest");
      const started = performance.now();
      await publish(out, dir, checkpoint);
      report.stages.publish = performance.now() - started;
      return report;
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.work`, { recursive: true, force: true });
      throw error;
    }
  } finally {
    release();
  }
}
