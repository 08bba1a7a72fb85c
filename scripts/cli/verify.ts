/**
 * `npm run verify`: the data against the archive. Fails plainly when the archive
 * is missing, never passes silently.
 */
import { displayPath } from "../pipeline/load.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { checkDataAgainstArchive } from "./archive-run.ts";

const { archiveDir, check, problems } = checkDataAgainstArchive();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nVerification against ${displayPath(archiveDir)} failed.`);
  process.exit(1);
}
console.log(`✓ ${check.quotesChecked} quoted passages found verbatim and ${check.texts.size} source hashes matched in ${displayPath(archiveDir)}.`);
