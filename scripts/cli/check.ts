/** Validates the curated data without building the site: every problem, in one run. */
import { buildSiteGraph } from "../graph/build-graph.ts";
import { formatProblems, formatWarnings } from "../pipeline/problems.ts";
import { displayPath } from "../pipeline/load.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const result = buildSiteGraph(options.dataDir, { siteUrl: options.siteUrl });
if (result.warnings.length > 0) console.error(formatWarnings(result.warnings) + "\n");
if (!result.ok) {
  console.error(formatProblems(result.problems));
  console.error(`\nThe data in ${displayPath(options.dataDir)} is not valid; nothing was built.`);
  process.exit(1);
}
const g = result.graph;
console.log(
  `✓ ${displayPath(options.dataDir)} is valid: ${g.indexes.map((i) => `${i.pages.length} ${i.title.toLowerCase()}`).join(", ")}, ` +
    `${g.publishedUrls.length} published URLs and anchors.`,
);
