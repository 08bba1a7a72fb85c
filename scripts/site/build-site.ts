/** Renders a site graph into a folder, atomically: stage, index, then swap. */
import { existsSync, rmSync, renameSync, mkdirSync } from "node:fs";
import { dirname, basename, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteGraph } from "../graph/site-graph.ts";
import { bundleClientScripts } from "./client-bundles.ts";
import { indexWithPagefind } from "./pagefind-index.ts";
import { writeOfflineManifest } from "./offline-manifest.ts";

export interface BuildReport {
  pages: number;
  files: number;
  indexedPages: number;
}

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

/** Eleventy renders the graph's pages, then the reader-side scripts are bundled beside them. Returns the HTML pages written. */
export async function renderPages(graph: SiteGraph, dir: string): Promise<number> {
  const eleventy = new Eleventy(join(PROJECT_ROOT, "src"), dir, {
    configPath: join(PROJECT_ROOT, "eleventy.config.js"),
    quietMode: true,
    config(eleventyConfig: UserConfig) {
      eleventyConfig.addGlobalData("graph", graph);
    },
  });
  // Eleventy's JSDoc types its result loosely; it is the list of templates written.
  const [, written] = (await eleventy.write()) as unknown as [unknown, Array<{ outputPath: string | false }>];
  await bundleClientScripts(dir);
  return written.filter((r) => typeof r.outputPath === "string" && r.outputPath.endsWith(".html")).length;
}

export async function buildSite(graph: SiteGraph, outDir: string): Promise<BuildReport> {
  const target = resolve(outDir);
  const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const pages = await renderPages(graph, staging);
    const indexedPages = await indexWithPagefind(staging);
    const files = writeOfflineManifest(staging);
    swapInto(staging, target);
    return { pages, files, indexedPages };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function swapInto(staging: string, target: string): void {
  const previous = join(dirname(target), `.${basename(target)}.previous-${process.pid}`);
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
