/**
 * A first draft of a source entity from its archived text. Only what the text
 * states goes in: a headline, a line that is only a date, an outlet the data
 * already knows named on a line of its own or at the end of the page title.
 * Whatever the text does not state is left as a TODO with a comment saying
 * what to decide, never guessed. Nothing of the article beyond those short
 * lines is written: the paragraphs are for the curator to read, not to keep.
 */
import { DateTime } from "luxon";
import { fold } from "../shared/names.ts";

export interface KnownOutlet {
  id: string;
  names: string[];
}

export interface SourceDraft {
  title?: string;
  published?: { on: string; line: string };
  outlet?: { asStated: string; organization: string };
}

const DATE_FORMATS = ["EEEE, MMMM d, yyyy", "MMMM d, yyyy", "EEEE d MMMM yyyy", "d MMMM yyyy", "yyyy-MM-dd"];

/** The day a paragraph states when the paragraph is nothing but a date. */
export function dateLine(paragraph: string): string | undefined {
  for (const format of DATE_FORMATS) {
    const dt = DateTime.fromFormat(paragraph.trim(), format, { locale: "en-US", zone: "utc" });
    if (dt.isValid) return dt.toISODate()!;
  }
  return undefined;
}

/**
 * The headline: the first line that is not a date, unless a following line is
 * contained in it (a page title that wraps the headline in site furniture,
 * "free website hit counter <headline> – Netvamo"), in which case that line.
 */
export function headline(paragraphs: readonly string[]): string | undefined {
  const candidates = paragraphs.slice(0, 4).filter((p) => !dateLine(p));
  const first = candidates[0];
  if (!first) return undefined;
  const inner = candidates.slice(1, 3).find((p) => p.length >= 20 && p !== first && first.includes(p));
  return inner ?? first;
}

function outletIn(paragraphs: readonly string[], outlets: readonly KnownOutlet[]): SourceDraft["outlet"] {
  const byName = new Map(outlets.flatMap((o) => o.names.map((n) => [fold(n), o.id] as const)));
  for (const p of paragraphs.slice(0, 12)) {
    const id = byName.get(fold(p));
    if (id) return { asStated: p, organization: id };
  }
  const suffix = paragraphs[0]?.match(/\s[–—|-]\s([^–—|]+)$/)?.[1]?.trim();
  const id = suffix ? byName.get(fold(suffix)) : undefined;
  return suffix && id ? { asStated: suffix, organization: id } : undefined;
}

export function draftSource(paragraphs: readonly string[], outlets: readonly KnownOutlet[]): SourceDraft {
  const line = paragraphs.slice(0, 6).find((p) => dateLine(p));
  return {
    title: headline(paragraphs),
    published: line ? { on: dateLine(line)!, line } : undefined,
    outlet: outletIn(paragraphs, outlets),
  };
}

const q = (s: string) => JSON.stringify(s);

export function sourceYaml(id: string, file: string, sha256: string, draft: SourceDraft): string {
  const title = draft.title
    ? `# The headline, verbatim. Drafted from the text's first lines: check it is the headline.\nname: ${q(draft.title)}\ntitle: ${q(draft.title)}\n`
    : `# TODO: the text has no line that reads as a headline. Copy the headline verbatim into title, and give a name.\nname:\ntitle:\n`;
  const outlet = draft.outlet
    ? `outlet:\n  # As the text names it. Check the text does not name another outlet it copies (a syndicated copy).\n  asStated: ${q(draft.outlet.asStated)}\n  organization: ${draft.outlet.organization}\n`
    : `# TODO: the text names no outlet the data knows. Give asStated (verbatim, with organization if the data has it),\n# or a note saying why the outlet is not known.\noutlet: TODO\n`;
  const published = draft.published
    ? `# The page's own date line. Check it against the story: a copy's page date can be later (quality: page-date-conflicts-with-story).\npublished:\n  basis: stated\n  on: ${draft.published.on}\n  citations:\n    - { source: ${id}, quote: ${q(draft.published.line)} }\n`
    : `# TODO: the text has no date line. Give basis inferred (with reasoning and citations), outside (with a note) or unknown (with a note);\n# see docs/DATA.md, "Dates".\npublished: TODO\n`;
  return `# An archived article, drafted by npm run add-source from ${file}.\nid: ${id}\n${title}archive:\n  file: ${q(file)}\n  sha256: ${sha256}\n${outlet}${published}# language: <the language of the archived text, with a note if translated>\n# quality:   # labels that tell readers how far to trust the text, each with a note\n# excluded:  # passages that are noise: { quote, reason }\n`;
}
