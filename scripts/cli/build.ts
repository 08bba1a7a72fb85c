/**
 * `npm run build`: data scripts → Eleventy → client bundles → Pagefind, into a
 * new build folder beside the output, published by one atomic switch of the
 * output link only when every stage succeeded: a failed or killed build never
 * touches the last good site.
 */
import { resolve } from "node:path";
import { buildSiteGraph } from "../graph/build-graph.ts";
import { formatProblems, formatWarnings } from "../pipeline/problems.ts";
import { displayPath } from "../pipeline/load.ts";
import { buildSite } from "../site/build-site.ts";
import { describeBuildFailure } from "../site/failure.ts";
import { cliOptions } from "./options.ts";

// A reader that stops listening (`npm run build | head`) must not stop the build.
process.stdout.on("error", () => undefined);
const options = cliOptions({ workers: { type: "string" }, "pages-per-shard": { type: "string" }, "offline-budget-mb": { type: "string" }, "pages-per-search-index": { type: "string" }, report: { type: "boolean" }, "no-pictures": { type: "boolean" }, "card-cache": { type: "string" } });
const numberOption = (name: string) => (typeof options.values[name] === "string" ? Number(options.values[name]) : undefined);
const started = performance.now();
// The pages are built again as their shard renders rather than held: at 100k entities every page's view at once outgrows the heap.
const result = buildSiteGraph(options.dataDir, { siteUrl: options.siteUrl, pictures: !options.values["no-pictures"], keepPages: false });
const dataMs = performance.now() - started;
if (result.warnings.length > 0) console.error(formatWarnings(result.warnings) + "\n");
if (!result.ok) {
  console.error(formatProblems(result.problems));
  console.error(`\nBuild stopped: the data is not valid. ${displayPath(options.outDir)} was left as it was.`);
  process.exit(1);
}
try {
  const budget = numberOption("offline-budget-mb");
  const report = await buildSite(result.graph, result.deferred, options.outDir, {
    workers: numberOption("workers"),
    pagesPerShard: numberOption("pages-per-shard"),
    pagesPerSearchIndex: numberOption("pages-per-search-index"),
    precacheBudget: budget === undefined ? undefined : budget * 1024 * 1024,
    cardCache: typeof options.values["card-cache"] === "string" ? resolve(options.values["card-cache"]) : process.env.CARD_CACHE_DIR,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✓ Built ${report.pages} pages (${report.files} files) into ${displayPath(options.outDir)} in ${seconds}s; ` +
      `Pagefind indexed ${report.indexedPages} pages. Site URL: ${options.siteUrl}`,
  );
  console.log(`  Preview cards: ${report.cards.rendered} rendered (${report.cards.renderCpuMs.toFixed(0)} ms CPU), ${report.cards.cached} unchanged, from the cache.`);
  // For the benchmark: each stage's time, as one JSON line.
  if (options.values.report) console.log(JSON.stringify({ stages: { data: dataMs, pictures: result.picturesMs, ...report.stages }, pages: report.pages, files: report.files, cards: report.cards }));
} catch (error) {
  console.error(describeBuildFailure(error, options.outDir));
  console.error(`${displayPath(options.outDir)} was left as it was.`);
  process.exit(1);
}
