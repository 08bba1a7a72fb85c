/** Validates the curated data without building the site: every problem, in one run. */
import { buildSiteGraph } from "../pipeline/site-graph.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { displayPath } from "../pipeline/load.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const result = buildSiteGraph(options.dataDir, { siteUrl: options.siteUrl });
if (!result.ok) {
  console.error(formatProblems(result.problems));
  console.error(`\nThe data in ${displayPath(options.dataDir)} is not valid; nothing was built.`);
  process.exit(1);
}
const g = result.graph;
console.log(
  `✓ ${displayPath(options.dataDir)} is valid: ${g.people.length} people, ${g.organizations.length} organizations, ` +
    `${g.proposals.length} proposals, ${g.meetings.length} meetings, ${g.sources.length} sources, ` +
    `${g.publishedUrls.length} published URLs and anchors.`,
);
