/**
 * The source archive lives outside the project (its texts are not ours to
 * republish). Quotes are matched against it after normalizing only whitespace
 * and typographic quote marks.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const DEFAULT_ARCHIVE = "../shared/sources";

export function normalizeForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

export interface ArchivedText {
  path: string;
  sha256: string;
  /** Non-empty lines of the file: the paragraphs a quote must lie within. */
  paragraphs: string[];
  normalizedParagraphs: string[];
}

export function resolveArchiveDir(flag: string | undefined): { dir: string; from: string } {
  if (flag) return { dir: resolve(flag), from: "--archive" };
  if (process.env.ARCHIVE_DIR) return { dir: resolve(process.env.ARCHIVE_DIR), from: "ARCHIVE_DIR" };
  return { dir: resolve(DEFAULT_ARCHIVE), from: "the default" };
}

export function archiveExists(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

export function readArchivedText(dir: string, file: string): ArchivedText | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  const paragraphs = bytes
    .toString("utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return {
    path,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    paragraphs,
    normalizedParagraphs: paragraphs.map(normalizeForQuote),
  };
}

/** The key a quote's position is recorded under: a short hash of it as matched, so the record copies no article text. */
export function quoteKey(quote: string): string {
  return createHash("sha256").update(normalizeForQuote(quote)).digest("hex").slice(0, 12);
}

/** Where the quote starts: its paragraph, and its character within the normalised paragraph. */
export function quotePosition(text: ArchivedText, quote: string): [paragraph: number, offset: number] | undefined {
  const at = findQuote(text, quote);
  return at < 0 ? undefined : [at, text.normalizedParagraphs[at]!.indexOf(normalizeForQuote(quote))];
}

/** Index of the paragraph holding the quote verbatim (after normalization), or -1. */
export function findQuote(text: ArchivedText, quote: string): number {
  const needle = normalizeForQuote(quote);
  if (needle === "") return -1;
  return text.normalizedParagraphs.findIndex((p) => p.includes(needle));
}
