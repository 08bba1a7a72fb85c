import { cpSync, mkdtempSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURE_DATA = join(ROOT, "test/fixtures/minimal");
export const FIXTURE_ARCHIVE = join(ROOT, "test/fixtures/archive");
export const BUNDLED_DATA = join(ROOT, "_data");

export function tempDir(prefix: string): string {
  const base = join(ROOT, "test/.output");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}

/** A private copy of a data folder, for tests that break it. */
export function copyData(from = FIXTURE_DATA): string {
  const dir = join(tempDir("data"), "data");
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** The source archive: ARCHIVE_DIR, else ../shared/sources beside the project. */
export function archiveDir(): string {
  return resolve(process.env.ARCHIVE_DIR ?? join(ROOT, "../shared/sources"));
}

