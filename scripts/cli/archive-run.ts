/**
 * What `verify` and `coverage` share: find the archive (or say plainly that it is
 * missing and exit 2), read and validate the data, and check it against the archive.
 */
import { loadData } from "../pipeline/load.ts";
import { validateEntities } from "../pipeline/validate.ts";
import { archiveExists, resolveArchiveDir } from "../pipeline/archive/archive.ts";
import { checkAgainstArchive, type ArchiveCheck } from "../pipeline/archive/archive-check.ts";
import type { Problem } from "../pipeline/problems.ts";
import { cliOptions } from "./options.ts";

export function checkDataAgainstArchive(): { archiveDir: string; dataDir: string; check: ArchiveCheck; problems: Problem[]; values: Record<string, string | boolean | undefined> } {
  const options = cliOptions({ check: { type: "boolean" } });
  const archive = resolveArchiveDir(options.archive);
  if (!archiveExists(archive.dir)) {
    console.error(
      `✗ The source archive was not found at ${archive.dir} (from ${archive.from}).\n` +
        `  Nothing was checked. Point --archive or ARCHIVE_DIR at the folder holding the archived articles.`,
    );
    process.exit(2);
  }
  const loaded = loadData(options.dataDir);
  const { entities, problems: invalid } = validateEntities(loaded.entityFiles);
  const check = checkAgainstArchive(entities, archive.dir);
  return { archiveDir: archive.dir, dataDir: options.dataDir, check, problems: [...loaded.problems, ...invalid, ...check.problems], values: options.values };
}
