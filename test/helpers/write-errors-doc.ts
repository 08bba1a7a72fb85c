/** `npm run errors:doc`: runs every case of the catalogue and writes docs/ERRORS.md from what they print. */
import { writeFileSync } from "node:fs";
import { ERRORS_DOC, loadCatalogue, renderErrorsDoc, runCase, type CaseRun, type ErrorCase } from "./error-catalogue.ts";

const files = await loadCatalogue();
const runs = new Map<ErrorCase, CaseRun>();
for (const file of files) for (const c of file.cases) runs.set(c, runCase(c));
const failed = [...runs].filter(([, run]) => !run.match).map(([c]) => c.title);
writeFileSync(ERRORS_DOC, renderErrorsDoc(files, runs));
console.log(`✓ Wrote docs/ERRORS.md: ${runs.size} checks in ${files.length} sections.`);
if (failed.length) {
  console.error(`✗ ${failed.length} case(s) did not produce their problem:\n  ${failed.join("\n  ")}`);
  process.exit(1);
}
