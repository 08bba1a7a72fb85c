/**
 * `npm run check`, the curator's check: the data only, without building or
 * type-checking (npm test and CI type-check). Every problem in one run: schema,
 * references, uniqueness, date order, mentions, permanence, and, when the
 * archive is there, every quote against it.
 */
import { graphOfCheckedData } from "../graph/build-graph.ts";
import { checkData } from "../pipeline/check-data.ts";
import { archiveExists, resolveArchiveDir } from "../pipeline/archive/archive.ts";
import { checkAgainstArchive } from "../pipeline/archive/archive-check.ts";
import { formatProblems, type Problem } from "../pipeline/problems.ts";
import { displayPath } from "../pipeline/load.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const archive = resolveArchiveDir(options.archive);
const withArchive = archiveExists(archive.dir);

const data = checkData(options.dataDir);
const result = graphOfCheckedData(data, { siteUrl: options.siteUrl });
const problems: Problem[] = result.ok ? [] : [...result.problems];
let quotes = 0;
if (withArchive) {
  const checked = checkAgainstArchive(data.linked.entities, archive.dir);
  problems.push(...checked.problems);
  quotes = checked.quotesChecked;
}
const archiveLine = withArchive
  ? `${quotes} quoted passages checked against ${displayPath(archive.dir)}.`
  : `Quotes were not checked: no archive at ${displayPath(archive.dir)} (from ${archive.from}); set ARCHIVE_DIR or --archive.`;

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nThe data in ${displayPath(options.dataDir)} is not valid; nothing was built. ${archiveLine}`);
  process.exit(1);
}
const g = result.ok ? result.graph : undefined;
console.log(
  `✓ ${displayPath(options.dataDir)} is valid: ${g!.indexes.map((i) => `${i.pages.length} ${i.title.toLowerCase()}`).join(", ")}, ` +
    `${g!.publishedUrls.length} published URLs and anchors. ${archiveLine}`,
);
