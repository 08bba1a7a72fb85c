/** Renders a site graph into a folder, atomically: stage, index, then swap. */
import { existsSync, rmSync, renameSync, mkdirSync } from "node:fs";
import { dirname, basename, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import type { SiteGraph } from "../pipeline/views.ts";
import { bundleClientScripts } from "./client-bundles.ts";
import { indexWithPagefind } from "./pagefind-index.ts";
import { writeOfflineManifest } from "./offline-manifest.ts";

export interface BuildReport {
  pages: number;
  files: number;
  indexedPages: number;
  timings: { eleventyMs: number; bundleMs: number; pagefindMs: number };
}

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");

export async function buildSite(graph: SiteGraph, outDir: string): Promise<BuildReport> {
  const target = resolve(outDir);
  const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    let t = performance.now();
    const eleventy = new Eleventy(join(PROJECT_ROOT, "src"), staging, {
      configPath: join(PROJECT_ROOT, "eleventy.config.js"),
      quietMode: true,
      config(eleventyConfig: { addGlobalData(name: string, value: unknown): void }) {
        eleventyConfig.addGlobalData("graph", graph);
      },
    });
    const written = (await eleventy.write()) as unknown as [unknown, Array<{ outputPath: string | false }>];
    const eleventyMs = performance.now() - t;
    t = performance.now();
    await bundleClientScripts(staging);
    const bundleMs = performance.now() - t;
    t = performance.now();
    const indexedPages = await indexWithPagefind(staging);
    const pagefindMs = performance.now() - t;
    const files = writeOfflineManifest(staging);
    swapInto(staging, target);
    const pages = (written[1] ?? []).filter((r) => typeof r.outputPath === "string" && r.outputPath.endsWith(".html")).length;
    return { pages, files, indexedPages, timings: { eleventyMs, bundleMs, pagefindMs } };
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
