/**
 * `npm run verify`: the data against the archive. Fails plainly when the archive
 * is missing, never passes silently.
 */
import { loadData, displayPath } from "../pipeline/load.ts";
import { validateEntities } from "../pipeline/validate.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { archiveExists, resolveArchiveDir } from "../pipeline/archive.ts";
import { checkAgainstArchive } from "../pipeline/archive-check.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const archive = resolveArchiveDir(options.archive);
if (!archiveExists(archive.dir)) {
  console.error(
    `✗ The source archive was not found at ${archive.dir} (from ${archive.from}).\n` +
      `  Nothing was verified. Point --archive or ARCHIVE_DIR at the folder holding the archived articles.`,
  );
  process.exit(2);
}
const loaded = loadData(options.dataDir);
const { entities, problems: invalid } = validateEntities(loaded.entityFiles);
const files = new Map(loaded.entityFiles.map((f) => [f.file, f]));
const result = checkAgainstArchive(entities, files, archive.dir);
const problems = [...loaded.problems, ...invalid, ...result.problems];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nVerification against ${displayPath(archive.dir)} failed.`);
  process.exit(1);
}
console.log(
  `✓ ${result.quotesChecked} quoted passages found verbatim and ${result.texts.size} source hashes matched in ${displayPath(archive.dir)}.`,
);
