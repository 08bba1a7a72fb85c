/**
 * The benchmark's measured processes, one per call, each printing a JSON line
 * with what it timed inside itself (what it prepares first is not timed).
 *   floor-physical <dataDir> <siteDir> <wordsDir> <outDir>
 *   floor-eleventy <siteDir> <workDir>
 *   floor-pagefind <wordsDir> <outDir>
 *   edit-loop <dataDir> <outDir> <edits>
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { load, CORE_SCHEMA } from "js-yaml";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite } from "../site/split-search-index.ts";
import { listFiles } from "./floors.ts";
import { editLoop } from "./edit-loop.ts";

const [mode, ...args] = process.argv.slice(2) as [string, ...string[]];
/** The search bundles a build writes (the floors write their own). */
const SEARCH_BUNDLE = /^pagefind[^/]*\//;
const BATCH_BYTES = 128 * 1024 * 1024;

/** Reads files in batches (not timed) and hands each batch to `timed`. */
async function inBatches(root: string, files: string[], timed: (batch: Array<{ path: string; content: Buffer }>) => Promise<void> | void): Promise<void> {
  for (let i = 0; i < files.length; ) {
    const batch: Array<{ path: string; content: Buffer }> = [];
    let bytes = 0;
    for (; i < files.length && bytes < BATCH_BYTES; i++) {
      const content = readFileSync(join(root, files[i]!));
      batch.push({ path: files[i]!, content });
      bytes += content.length;
    }
    await timed(batch);
  }
}

if (mode === "floor-physical") {
  const [dataDir, siteDir, wordsDir, outDir] = args as [string, string, string, string];
  let t = performance.now();
  for (const file of listFiles(dataDir, (f) => f.endsWith(".yaml"))) load(readFileSync(join(dataDir, file), "utf8"), { schema: CORE_SCHEMA });
  const yamlMs = performance.now() - t;
  let writeMs = 0;
  const folders = new Set<string>();
  await inBatches(siteDir, listFiles(siteDir, (f) => !SEARCH_BUNDLE.test(f)), (batch) => {
    const started = performance.now();
    for (const { path, content } of batch) {
      const file = join(outDir, path);
      if (!folders.has(dirname(file))) {
        mkdirSync(dirname(file), { recursive: true });
        folders.add(dirname(file));
      }
      writeFileSync(file, content);
    }
    writeMs += performance.now() - started;
  });
  t = performance.now();
  await indexSite(wordsDir, outDir);
  const pagefindMs = performance.now() - t;
  console.log(JSON.stringify({ ms: yamlMs + writeMs + pagefindMs, yamlMs, writeMs, pagefindMs }));
} else if (mode === "floor-eleventy") {
  const [siteDir, workDir] = args as [string, string];
  const src = join(workDir, "src");
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, "pages.11ty.js"),
    `export const data = { pagination: { data: "files", size: 1, alias: "file", addAllPagesToCollections: false }, permalink: (d) => "/" + d.file.path, eleventyExcludeFromCollections: true };
export function render({ file }) { return file.content; }
`,
  );
  let ms = 0;
  // Eleventy is given our pages in runs of the size the build's shards have, as the build gives them.
  await inBatches(siteDir, listFiles(siteDir, (f) => f.endsWith(".html") && !SEARCH_BUNDLE.test(f)), async (batch) => {
    const files = batch.map((f) => ({ path: f.path, content: f.content.toString("utf8") }));
    for (let i = 0; i < files.length; i += 4000) {
      const started = performance.now();
      const eleventy = new Eleventy(src, join(workDir, "out"), {
        quietMode: true,
        configPath: false as unknown as string,
        config: (c: UserConfig) => {
          // The floor lives under the project's git-ignored bench/.output, which Eleventy would otherwise skip.
          c.setUseGitIgnore(false);
          c.addGlobalData("files", files.slice(i, i + 4000));
        },
      });
      await eleventy.write();
      ms += performance.now() - started;
    }
  });
  console.log(JSON.stringify({ ms }));
} else if (mode === "floor-pagefind") {
  const [wordsDir, outDir] = args as [string, string];
  const started = performance.now();
  const { pages } = await indexSite(wordsDir, outDir);
  console.log(JSON.stringify({ ms: performance.now() - started, pages }));
} else if (mode === "edit-loop") {
  const [dataDir, outDir, edits] = args as [string, string, string];
  console.log(JSON.stringify(await editLoop(dataDir, outDir, Number(edits))));
} else {
  throw new Error(`unknown stage ${mode}`);
}
