/**
 * Building blocks shared by every entity type. Wikidata's statement model is the
 * guide: a fact is a unit with its own id, qualifiers (speaker, date) and one or
 * more references, each a source plus the exact words it rests on.
 */
import { z } from "zod";
import { CALENDAR_PATTERN, PARTIAL_DATE_PATTERN, YEAR_RANGE_PATTERN } from "./partial-date.ts";

/**
 * Ids become URLs and anchors, so they are lowercase URL-safe words joined by
 * hyphens: an uppercase id would publish a URL that differs from its link only by case.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX = 100;

export const Id = z
  .string()
  .regex(ID_PATTERN, "must be lowercase words of letters and digits joined by single hyphens, e.g. joe-biden")
  .max(ID_MAX, `must be at most ${ID_MAX} characters`)
  .describe("A stable identifier: it becomes part of a published URL and must never change once published.");

/**
 * A reference to another entity by its id. The link stage checks that it exists
 * and is of a kind the field accepts (REFERENCE_TARGETS in kinds.ts); the
 * `reference` mark lets a test prove that every such field is listed there.
 */
export const Ref = Id.meta({ reference: true, description: "The id of another entity (person, organization, proposal, meeting or source)." });

/**
 * Bidirectional embedding and isolate controls reorder the text after them on
 * screen (U+202E shows the rest of a paragraph reversed), so no string may hold one.
 * A pattern rather than a refinement, so that the JSON Schemas carry the rule to the editor.
 */
export const NO_BIDI_CONTROLS = /^[^\u202A-\u202E\u2066-\u2069]*$/;
export const BIDI_MESSAGE = "contains a bidirectional control character (U+202A–U+202E or U+2066–U+2069), which reorders text on screen";

/** Field length limits, generous against the curated data's longest values (docs/DATA.md, "Limits"). */
export const LIMITS = { name: 200, quote: 600, statement: 1000, note: 4000 } as const;

/**
 * Text a curator writes. Emptiness is a pattern (not a trim then a minimum) so that
 * the editor's JSON Schema rejects a value of spaces exactly as the build does.
 */
function text(max: number) {
  return z
    .string()
    .regex(/\S/, "is empty")
    .regex(NO_BIDI_CONTROLS, BIDI_MESSAGE)
    .max(max, `must be at most ${max} characters`)
    .trim();
}

/** A bare string that is not prose (a file name, a path): still free of bidirectional controls. */
export const plainString = () => z.string().regex(NO_BIDI_CONTROLS, BIDI_MESSAGE);

/** Names, titles, roles, places: one line each. */
export const NonEmptyText = text(LIMITS.name);

/** A verbatim passage from an archived source. */
export const QuoteText = text(LIMITS.quote);

/**
 * Markdown, rendered with raw HTML disabled; links with unsafe schemes are dropped.
 * The `prose` mark lets the checks find every text a reader sees, to hold it to
 * naming sources and entities as `[[id]]`, never by a bare id.
 */
export const Markdown = text(LIMITS.note).meta({
  prose: true,
  description: "Markdown text. Raw HTML is shown as text, never rendered. Name a source or entity as [[its-id]]: readers see its name (a source's outlet and date), linked.",
});

/** A statement in the site's own words: a fact, a reading, a topic. */
export const Statement = text(LIMITS.statement).meta({
  prose: true,
  description: "Markdown text. Raw HTML is shown as text, never rendered. Name a source or entity as [[its-id]]: readers see its name (a source's outlet and date), linked.",
});

export const DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (for example 2024, 2024-06 or 2024-06-10)";
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
const RANGE_MESSAGE = `must fall between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`;

/**
 * YAML reads an unquoted 2024 as a number; accept it so curators need not quote
 * years. The checks sit on the input side (a union, not a transform then a pipe)
 * so that the JSON Schemas, which describe input, carry every one of them.
 */
const YearNumber = z.number().int().min(YEAR_RANGE.min, RANGE_MESSAGE).max(YEAR_RANGE.max, RANGE_MESSAGE).transform((v) => String(v));

/** A partial date as text: how the tables write every date, whatever its precision. */
export const PartialDateString = z
  .string()
  // The range and the calendar are only worth checking once the shape is right.
  .regex(PARTIAL_DATE_PATTERN, { message: `must be written ${DATE_FORMS}`, abort: true })
  .regex(YEAR_RANGE_PATTERN, { message: RANGE_MESSAGE, abort: true })
  .regex(CALENDAR_PATTERN, "is not a real calendar date");

export const PartialDate = z
  .union([PartialDateString, YearNumber])
  .describe(`A date with its precision carried by its shape: ${DATE_FORMS}, between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`);

/** A calendar day, for editorial dates (when a fact was added or corrected). */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a full day, written YYYY-MM-DD (for example 2024-06-10)", abort: true })
  .regex(YEAR_RANGE_PATTERN, { message: RANGE_MESSAGE, abort: true })
  .regex(CALENDAR_PATTERN, "is not a real calendar date")
  .describe(`A calendar day, YYYY-MM-DD, between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`);

export const Citation = z
  .strictObject({
    source: Ref.describe("The id of the source entity that says this."),
    quote: QuoteText.describe(
      "The exact words in the archived source that support the statement, copied verbatim (only whitespace and curly quotes may differ).",
    ),
    implicit: z
      .boolean()
      .optional()
      .describe("Set when the quote refers to the participant, speaker or role holder only implicitly (\"the two men\"); say how in note."),
    note: Markdown.optional().describe("Why this passage supports the statement, when that is not plain from the quote."),
  })
  // The meta carries the same rule to the JSON Schema, where a refinement cannot go.
  .refine((c) => c.implicit !== true || c.note !== undefined, { message: "an implicit citation needs a note saying how the passage refers to them", path: ["note"] })
  .meta({ if: { properties: { implicit: { const: true } }, required: ["implicit"] }, then: { required: ["note"] } })
  .describe("A reference: which archived source, and the verbatim passage the statement rests on.");

export const Citations = z.array(Citation).min(1, "needs at least one citation");

/**
 * When something happened, always with its basis. The precision is carried by
 * the shape of `on`, so it can never disagree with the value.
 */
export const DateClaim = z.discriminatedUnion("basis", [
  z
    .strictObject({
      basis: z.literal("stated"),
      on: PartialDate,
      citations: Citations.describe("The passage(s) that state this date."),
    })
    .describe("The source states the date."),
  z
    .strictObject({
      basis: z.literal("inferred"),
      on: PartialDate,
      reasoning: Markdown.describe("How the date follows, e.g. a weekday in the text plus an anchoring event the source names."),
      citations: z.array(Citation).optional().describe("The passages the inference rests on."),
    })
    .describe("The date is worked out from what the source says."),
  z
    .strictObject({
      basis: z.literal("outside"),
      on: PartialDate,
      note: Markdown.describe("Says that this date comes from knowledge outside the archive, and what."),
    })
    .describe("The date is added from outside knowledge; no archived source states it."),
  z
    .strictObject({
      basis: z.literal("unknown"),
      note: Markdown.describe("What the sources do say about timing, and why no date can be given."),
    })
    .describe("No date can be given."),
]);

export const AliasKind = z.enum([
  "spelling-variant",
  "misspelling",
  "machine-translation",
  "short-form",
  "lowercase",
  "translation",
]);
export const ALIAS_KIND_LABELS: Record<AliasKind, string> = {
  "spelling-variant": "spelling variant",
  misspelling: "misspelling",
  "machine-translation": "machine-translation garble",
  "short-form": "short form",
  lowercase: "lower-case spelling",
  translation: "translated name",
};

export const Alias = z
  .strictObject({
    name: NonEmptyText.describe("The name exactly as the source spells it."),
    kind: AliasKind,
    sources: z.array(Ref).min(1, "name at least one source in which this spelling appears"),
    note: Markdown.optional(),
  })
  .describe("A name as stated in a source, other than the canonical one.");

export const Correction = z.strictObject({
  on: IsoDay.describe("The day the correction was published."),
  note: Markdown.describe("What was wrong and what changed."),
});

export const Fact = z
  .strictObject({
    id: Id.describe("Stable anchor of the fact; unique across the whole dataset; never changes once published."),
    text: Statement.describe("The statement, in the site's own words (quotes stay in citations)."),
    speaker: Ref.optional().describe("Who said it, when the fact is a statement by someone."),
    date: DateClaim.optional(),
    about: z.array(Ref).optional().describe("Other entities this fact concerns; they link back to it."),
    citations: Citations,
    note: Markdown.optional().describe("Editorial note: an inference, an uncertainty, a caveat."),
    added: IsoDay.optional().describe("The day this fact was first published (defaults to the dataset's date)."),
    corrections: z.array(Correction).optional(),
  })
  .describe("A statement with its own stable id, traced to one or more verbatim source passages.");

export const Reading = z.strictObject({
  text: Statement.describe("What this side says."),
  citations: Citations,
  preferred: z.boolean().optional().describe("Mark the one reading the site prefers."),
});

export const Disagreement = z
  .strictObject({
    id: Id,
    topic: Statement.describe("What the readings disagree about."),
    aboutDate: z.literal(true).optional().describe("Set when the readings disagree about the entity's own date (the timeline chart marks it)."),
    readings: z.array(Reading).min(2, "a disagreement needs at least two readings"),
    resolution: Markdown.describe("Which reading the site prefers and why, or why it cannot choose."),
  })
  .describe("Where sources disagree with each other, or a source is wrong: both readings, the preferred one and why.");

export const Participant = z.strictObject({
  entity: Ref.describe("A person or organization."),
  role: NonEmptyText.optional().describe("Their role at the time, if it differs from the person's roles."),
  citations: Citations,
});

export const Role = z.strictObject({
  title: NonEmptyText,
  organization: Ref.optional(),
  start: DateClaim.optional(),
  end: DateClaim.optional(),
  citations: Citations,
});

export const Cited = z.strictObject({
  name: NonEmptyText,
  citations: Citations,
});

export type AliasKind = z.infer<typeof AliasKind>;
export type DateBasis = DateClaim["basis"];
export const DATE_BASIS_LABELS: Record<DateBasis, string> = {
  stated: "stated in the source",
  inferred: "inferred",
  outside: "added from outside the archive",
  unknown: "date unknown",
};
export type Citation = z.infer<typeof Citation>;
export type DateClaim = z.infer<typeof DateClaim>;
export type Alias = z.infer<typeof Alias>;
export type Fact = z.infer<typeof Fact>;
export type Disagreement = z.infer<typeof Disagreement>;
export type Participant = z.infer<typeof Participant>;
export type Role = z.infer<typeof Role>;
