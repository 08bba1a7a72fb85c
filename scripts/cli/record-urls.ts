/**
 * `npm run urls:record`: appends newly published URLs and fact anchors to the
 * permanence manifest. It never removes one: a URL that goes away needs a redirect.
 */
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSiteGraph } from "../graph/build-graph.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { loadData, displayPath } from "../pipeline/load.ts";
import { PUBLISHED_URLS_FILE } from "../schema/index.ts";
import { manifestAdditions } from "../pipeline/checks/permanence.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const result = buildSiteGraph(options.dataDir, { siteUrl: options.siteUrl, pictures: false });
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const file = join(options.dataDir, PUBLISHED_URLS_FILE);
const known = loadData(options.dataDir).publishedUrls?.urls ?? [];
const added = manifestAdditions(known, result.graph.publishedUrls);
if (!existsSync(file)) {
  writeFileSync(file, "# Every URL and fact anchor ever published. Never delete a line: add a redirect in redirects.yaml instead.\n");
}
if (added.length) appendFileSync(file, added.join("\n") + "\n");
console.log(`✓ ${added.length} new URL${added.length === 1 ? "" : "s"} recorded in ${displayPath(file)} (${known.length + added.length} in all).`);
