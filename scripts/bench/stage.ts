/**
 * One benchmark stage, run in its own process so its time and memory are its own.
 * Prints one JSON line with the stage's internal timings.
 *   data <dataDir> <graph.bin>        load → validate → link → derive
 *   site <graph.bin> <outDir>         pages, bundles, Pagefind, manifest (the build's own writeSite)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { buildSiteGraph } from "../graph/build-graph.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { writeSite } from "../site/build-site.ts";

const [mode, a, b] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();

if (mode === "data") {
  const result = buildSiteGraph(a, { siteUrl: "http://localhost:8080/" });
  if (!result.ok) {
    console.error(formatProblems(result.problems.slice(0, 20)));
    process.exit(1);
  }
  const ms = performance.now() - t0;
  // V8's serializer keeps shared references: a fact listed on five pages is written once (JSON would write it five times).
  writeFileSync(b, serialize(result.graph));
  console.log(JSON.stringify({ ms, pages: result.graph.pages.length }));
} else if (mode === "site") {
  const graph = deserialize(readFileSync(a));
  // In a real build the graph is already in memory: reading it back is not the site's cost.
  const start = performance.now();
  const report = await writeSite(graph, b);
  console.log(JSON.stringify({ ms: performance.now() - start, ...report.stages }));
} else {
  throw new Error(`unknown stage ${mode}`);
}
