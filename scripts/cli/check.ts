/**
 * `npm run check`, the curator's check: the data only, without building or
 * type-checking (npm test and CI type-check). Every problem in one run: schema,
 * references, uniqueness, date order, mentions, permanence, and, when the
 * archive is there, every quote against it. Permanence needs only the URLs the
 * data publishes, so the site graph is not derived (nor its markdown rendered).
 */
import { checkData } from "../pipeline/check-data.ts";
import { checkPublishing } from "../graph/build-graph.ts";
import { archiveExists, resolveArchiveDir } from "../pipeline/archive/archive.ts";
import { checkAgainstArchive } from "../pipeline/archive/archive-check.ts";
import { formatProblems, formatWarnings, type Problem } from "../pipeline/problems.ts";
import { displayPath } from "../pipeline/load.ts";
import { entityPageUrls, factIdsOf, redirectPagePaths } from "../graph/page-urls.ts";
import { withFactPages } from "../graph/redirects.ts";
import { KINDS, KIND_LIST } from "../schema/index.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const archive = resolveArchiveDir(options.archive);
const withArchive = archiveExists(archive.dir);

const data = checkData(options.dataDir);
const problems: Problem[] = [...data.problems];
if (data.warnings.length > 0) console.error(formatWarnings(data.warnings) + "\n");
const pageUrls = entityPageUrls(data.linked);
// A fact's page follows its fact's anchor when a redirect moves it, as the build does.
const redirects = withFactPages(data.redirects, factIdsOf(data.linked));
const published = pageUrls.concat(redirectPagePaths(new Set(pageUrls.filter((u) => !u.includes("#"))), redirects)).sort();
// An entity with a problem may have had parts set aside, whose anchors would then look gone.
if (problems.length === 0) problems.push(...checkPublishing(data, { pageUrls, publishedUrls: published }));
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
const counts = KIND_LIST.map((k) => `${data.linked.entities.filter((e) => e.kind === k).length} ${KINDS[k].plural.toLowerCase()}`);
console.log(`✓ ${displayPath(options.dataDir)} is valid: ${counts.join(", ")}, ${published.length} published URLs and anchors. ${archiveLine}`);
