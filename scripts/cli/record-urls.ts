/**
 * `npm run urls:record`: appends newly published URLs and fact anchors to the
 * permanence manifest. It never removes one: a URL that goes away needs a redirect.
 * It also records what each fact says now (fact-versions.txt), once the check
 * has passed: a fact that changed without a new correction is refused before this.
 */
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSiteGraph } from "../graph/build-graph.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { loadData, displayPath } from "../pipeline/load.ts";
import { FACT_VERSIONS_FILE, PUBLISHED_URLS_FILE } from "../schema/index.ts";
import { checkData } from "../pipeline/check-data.ts";
import { factVersionsOf, formatFactVersion, parseFactVersions } from "../pipeline/checks/fact-versions.ts";
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
const versionsFile = join(options.dataDir, FACT_VERSIONS_FILE);
const versions = parseFactVersions(loadData(options.dataDir).factVersions?.lines ?? []);
const before = new Map([...versions].map(([id, v]) => [id, formatFactVersion(v)]));
for (const v of factVersionsOf(checkData(options.dataDir).linked.entities)) versions.set(v.id, { id: v.id, corrections: v.corrections, hash: v.hash });
const lines = [...versions.values()].sort((a, b) => a.id.localeCompare(b.id)).map(formatFactVersion);
const changed = lines.filter((l) => before.get(l.split(" ")[0]!) !== l).length;
writeFileSync(
  versionsFile,
  "# What each published fact says: <fact id> <corrections> <hash of its text and quotes>. Written by npm run urls:record; a fact that changes needs a new dated correction.\n" + lines.join("\n") + "\n",
);
console.log(`✓ ${changed} fact version${changed === 1 ? "" : "s"} recorded in ${displayPath(versionsFile)} (${lines.length} in all).`);
console.log(`✓ ${added.length} new URL${added.length === 1 ? "" : "s"} recorded in ${displayPath(file)} (${known.length + added.length} in all).`);
