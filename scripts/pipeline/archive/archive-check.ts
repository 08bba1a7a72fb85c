/**
 * Checks the data against the archive: every source's sha256, and every quoted
 * passage — citations, aliases, titles, outlets, exclusions — verbatim in its source.
 */
import type { QuotePositions, Source } from "../../schema/index.ts";
import { formatFieldPath, type FieldPath, type Problem } from "../problems.ts";
import { findQuote, normalizeForQuote, quoteKey, quotePosition, readArchivedText, type ArchivedText } from "./archive.ts";
import type { ValidEntity } from "../validate.ts";
import { locate } from "../positions.ts";

/** What covers a source's headline line: it is the source's title, not a passage a fact cites. */
export const HEADLINE = "title";

export interface ArchiveCheck {
  problems: Problem[];
  quotesChecked: number;
  texts: Map<string, { source: Source; file: string; text: ArchivedText }>;
  /** Paragraph indexes cited or explained, per source id. */
  covered: Map<string, Map<number, string>>;
  /** Where every cited passage starts, for the committed record (QUOTE_POSITIONS_FILE). */
  positions: QuotePositions;
}

export function checkAgainstArchive(entities: ValidEntity[], archiveDir: string): ArchiveCheck {
  const problems: Problem[] = [];
  const texts: ArchiveCheck["texts"] = new Map();
  const covered: ArchiveCheck["covered"] = new Map();
  let quotesChecked = 0;
  const positions: QuotePositions = {};
  const where = (e: ValidEntity, path: FieldPath) => ({ file: e.file, entity: e.entity.id, field: formatFieldPath(path), ...locate(e.source, path) });
  const cover = (sourceId: string, paragraph: number, why: string) => {
    const map = covered.get(sourceId) ?? new Map<number, string>();
    if (!map.has(paragraph)) map.set(paragraph, why);
    covered.set(sourceId, map);
  };

  for (const e of entities) {
    if (e.kind !== "source") continue;
    const source = e.entity;
    const text = readArchivedText(archiveDir, source.archive.file);
    if (!text) {
      problems.push({
        ...where(e, ["archive", "file"]),
        message: `the archive has no file "${source.archive.file}"`,
        hint: `Check the file name against the archive folder ${archiveDir}.`,
      });
      continue;
    }
    if (text.sha256 !== source.archive.sha256) {
      problems.push({
        ...where(e, ["archive", "sha256"]),
        message: `sha256 mismatch: the archived file has ${text.sha256}`,
        hint: "The archived text changed, or the hash was mistyped. Re-read the source and re-check its quotes before updating the hash.",
      });
    }
    texts.set(source.id, { source, file: e.file, text });
  }

  const expectIn = (e: ValidEntity, sourceId: string, passage: string, path: FieldPath, what: string, covers: boolean) => {
    const archived = texts.get(sourceId);
    if (!archived) return; // An unknown source is reported by the link stage; a missing file above.
    quotesChecked++;
    const at = findQuote(archived.text, passage);
    if (at < 0) {
      problems.push({
        ...where(e, path),
        message: `${what} is not found verbatim in ${sourceId} (${archived.source.archive.file}): "${passage}"`,
        hint: "Copy the exact words from the archived text, within one paragraph; only whitespace and curly quotes may differ. Never fix a typo inside a quote.",
      });
    } else if (covers) {
      cover(sourceId, at, `${e.entity.id} ${formatFieldPath(path)}`);
      (positions[sourceId] ??= {})[quoteKey(passage)] = quotePosition(archived.text, passage)!;
    }
  };

  const walk = (e: ValidEntity, value: unknown, path: FieldPath) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(e, v, [...path, i]));
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (typeof record.source === "string" && typeof record.quote === "string") {
      expectIn(e, record.source, record.quote, [...path, "quote"], "the quote", true);
    }
    for (const [key, child] of Object.entries(record)) walk(e, child, [...path, key]);
  };

  for (const e of entities) {
    walk(e, e.entity, []);
    (e.entity.aliases ?? []).forEach((alias, i) =>
      alias.sources.forEach((s) => expectIn(e, s, alias.name, ["aliases", i, "name"], `the spelling "${alias.name}"`, false)),
    );
    if (e.kind === "source") {
      const source = e.entity;
      expectIn(e, source.id, source.title, ["title"], "the title", false);
      if (source.outlet.asStated) expectIn(e, source.id, source.outlet.asStated, ["outlet", "asStated"], "the outlet as stated", false);
      (source.excluded ?? []).forEach((x, i) => {
        const archived = texts.get(source.id);
        if (!archived) return;
        quotesChecked++;
        const at = findQuote(archived.text, x.quote);
        if (at < 0) {
          problems.push({
            ...where(e, ["excluded", i, "quote"]),
            message: `the excluded passage is not found verbatim in ${source.archive.file}: "${x.quote}"`,
            hint: "Quote the passage exactly as it appears in the archived text.",
          });
        } else {
          // An exclusion explains every paragraph it matches (the same "See also" line may repeat).
          const passage = normalizeForQuote(x.quote);
          archived.text.normalizedParagraphs.forEach((p, n) => {
            if (p.includes(passage)) cover(source.id, n, `excluded: ${x.reason}`);
          });
        }
      });
      // After the exclusions, which win: an excluded headline is noise, not a headline the site uses.
      // The headline covers the line that is exactly the headline, not a site banner that repeats it.
      const archived = texts.get(source.id);
      const headline = archived?.text.normalizedParagraphs.findIndex((p) => p === normalizeForQuote(source.title)) ?? -1;
      if (headline >= 0) cover(source.id, headline, HEADLINE);
      else if (archived && findQuote(archived.text, source.title) >= 0) cover(source.id, findQuote(archived.text, source.title), HEADLINE);
    }
  }
  return { problems, quotesChecked, texts, covered, positions: sortedPositions(positions) };
}

/** Sources and quotes in a stable order, so the committed file changes only when a position does. */
function sortedPositions(positions: QuotePositions): QuotePositions {
  const byKey = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return byKey(Object.fromEntries(Object.entries(positions).map(([source, quotes]) => [source, byKey(quotes)])));
}
