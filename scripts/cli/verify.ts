/**
 * `npm run verify [-- --check]`: the data against the archive. Fails plainly when
 * the archive is missing, never passes silently. Then it records where each
 * cited passage sits in its article (QUOTE_POSITIONS_FILE, committed); with
 * --check it only says whether that record is current, and fails if not.
 */
import { displayPath } from "../pipeline/load.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QUOTE_POSITIONS_FILE, type QuotePositions } from "../schema/index.ts";
import { checkDataAgainstArchive } from "./archive-run.ts";

/** One quote a line, so a diff shows which positions moved. */
function positionsFile(positions: QuotePositions): string {
  const sources = Object.entries(positions).map(
    ([source, quotes]) => `  ${JSON.stringify(source)}: {\n${Object.entries(quotes).map(([key, at]) => `    ${JSON.stringify(key)}: ${JSON.stringify(at)}`).join(",\n")}\n  }`,
  );
  return `{\n${sources.join(",\n")}\n}\n`;
}

const { archiveDir, dataDir, check, problems, values } = checkDataAgainstArchive();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nVerification against ${displayPath(archiveDir)} failed.`);
  process.exit(1);
}
console.log(`✓ ${check.quotesChecked} quoted passages found verbatim and ${check.texts.size} source hashes matched in ${displayPath(archiveDir)}.`);

const file = join(dataDir, QUOTE_POSITIONS_FILE);
const wanted = positionsFile(check.positions);
const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
if (current === wanted) console.log(`✓ ${displayPath(file)} records where every cited passage sits in its article.`);
else if (values.check) {
  console.error(`✗ ${displayPath(file)} is ${current === undefined ? "missing" : "out of date"}: quotes changed since it was written.\n  → Run npm run verify (with the archive) and commit the file.`);
  process.exit(1);
} else {
  writeFileSync(file, wanted);
  console.log(`✓ Wrote ${displayPath(file)}: where every cited passage sits in its article, for source pages to list them in order.`);
}
