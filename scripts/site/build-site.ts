/** Renders a site graph into a new build folder, indexes it, and publishes it atomically. */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteGraph } from "../graph/site-graph.ts";
import { bundleClientScripts } from "./client-bundles.ts";
import { indexWithPagefind } from "./pagefind-index.ts";
import { writeOfflineManifest } from "./offline-manifest.ts";
import { acquireLock, newBuildFolder, outputFolder, publish, removeStaleBuilds } from "./publish.ts";
import { checkpoint } from "./checkpoints.ts";

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
  const out = outputFolder(outDir);
  const release = acquireLock(out);
  try {
    removeStaleBuilds(out);
    const dir = newBuildFolder(out);
    try {
      const pages = await renderPages(graph, dir);
      await checkpoint("rendered");
      const indexedPages = await indexWithPagefind(dir);
      await checkpoint("indexed");
      const files = writeOfflineManifest(dir);
      await checkpoint("manifest");
      await publish(out, dir, checkpoint);
      return { pages, files, indexedPages };
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  } finally {
    release();
  }
}
