import { HEADLINE, type ArchiveCheck } from "./archive-check.ts";

/** Lines shorter than this are headings or furniture ("Washington", "Latest news"), not paragraphs. */
export const SUBSTANTIVE_MIN_WORDS = 5;

export interface SourceCoverage {
  sourceId: string;
  archiveFile: string;
  substantive: number;
  cited: number;
  excluded: number;
  /** The headline line: the source's title, counted apart from the passages facts cite. */
  headline: number;
  short: number;
  uncovered: Array<{ index: number; text: string }>;
}

export function coverageOf(check: ArchiveCheck): SourceCoverage[] {
  return [...check.texts.entries()].map(([sourceId, { source, text }]) => {
    const covered = check.covered.get(sourceId) ?? new Map<number, string>();
    const report: SourceCoverage = { sourceId, archiveFile: source.archive.file, substantive: 0, cited: 0, excluded: 0, headline: 0, short: 0, uncovered: [] };
    text.paragraphs.forEach((p, index) => {
      if (p.split(/\s+/).length < SUBSTANTIVE_MIN_WORDS) return void report.short++;
      report.substantive++;
      const why = covered.get(index);
      if (why === undefined) report.uncovered.push({ index, text: p });
      else if (why.startsWith("excluded:")) report.excluded++;
      else if (why === HEADLINE) report.headline++;
      else report.cited++;
    });
    return report;
  });
}
