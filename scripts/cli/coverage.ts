/**
 * `npm run coverage`: for each source, the substantive paragraphs that no fact
 * cites and no exclusion explains. The target is none.
 */
import { loadData, displayPath } from "../pipeline/load.ts";
import { validateEntities } from "../pipeline/validate.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { archiveExists, resolveArchiveDir } from "../pipeline/archive.ts";
import { checkAgainstArchive } from "../pipeline/archive-check.ts";
import { coverageOf } from "../pipeline/coverage.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const archive = resolveArchiveDir(options.archive);
if (!archiveExists(archive.dir)) {
  console.error(`✗ The source archive was not found at ${archive.dir} (from ${archive.from}). Point --archive or ARCHIVE_DIR at it.`);
  process.exit(2);
}
const loaded = loadData(options.dataDir);
const { entities, problems } = validateEntities(loaded.entityFiles);
if (problems.length + loaded.problems.length > 0) {
  console.error(formatProblems([...loaded.problems, ...problems]));
  process.exit(1);
}
const check = checkAgainstArchive(entities, new Map(loaded.entityFiles.map((f) => [f.file, f])), archive.dir);
const report = coverageOf(check);
let uncovered = 0;
for (const s of report) {
  uncovered += s.uncovered.length;
  console.log(
    `${s.sourceId} (${s.archiveFile}): ${s.substantive} substantive paragraphs, ${s.cited} cited, ${s.excluded} excluded, ` +
      `${s.uncovered.length} uncovered; ${s.short} short lines skipped`,
  );
  for (const p of s.uncovered) console.log(`   ✗ ¶${p.index + 1}: ${p.text.length > 110 ? p.text.slice(0, 110) + "…" : p.text}`);
}
console.log(uncovered === 0 ? `✓ Every substantive paragraph is cited or excluded (${displayPath(archive.dir)}).` : `✗ ${uncovered} substantive paragraphs need a fact or an exclusion.`);
process.exit(uncovered === 0 ? 0 : 1);
