/**
 * `npm run coverage`: for each source, the substantive paragraphs that no fact
 * cites and no exclusion explains. The target is none.
 */
import { displayPath } from "../pipeline/load.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { coverageOf } from "../pipeline/archive/coverage.ts";
import { checkDataAgainstArchive } from "./archive-run.ts";

// Coverage is only meaningful once every quote is found: report problems first.
const { archiveDir, check, problems } = checkDataAgainstArchive();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const report = coverageOf(check);
let uncovered = 0;
for (const s of report) {
  uncovered += s.uncovered.length;
  console.log(
    `${s.sourceId} (${s.archiveFile}): ${s.substantive} substantive paragraphs, ${s.cited} cited, ${s.excluded} excluded, ${s.headline} headline, ` +
      `${s.uncovered.length} uncovered; ${s.short} short lines skipped`,
  );
  for (const p of s.uncovered) console.log(`   ✗ ¶${p.index + 1}: ${p.text.length > 110 ? p.text.slice(0, 110) + "…" : p.text}`);
}
console.log(uncovered === 0 ? `✓ Every substantive paragraph is cited, excluded or the headline (${displayPath(archiveDir)}).` : `✗ ${uncovered} substantive paragraphs need a fact or an exclusion.`);
process.exit(uncovered === 0 ? 0 : 1);
