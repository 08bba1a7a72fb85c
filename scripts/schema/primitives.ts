/**
 * Building blocks shared by every entity type. Wikidata's statement model is the
 * guide: a fact is a unit with its own id, qualifiers (speaker, date) and one or
 * more references, each a source plus the exact words it rests on.
 */
import { z } from "zod";
import { isRealPartialDate, PARTIAL_DATE_PATTERN } from "./partial-date.ts";

/** Ids become URLs and anchors, so they are restricted to URL-safe words joined by hyphens. */
export const ID_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, "must be words of letters and digits joined by single hyphens, e.g. joe-biden")
  .describe("A stable identifier: it becomes part of a published URL and must never change once published.");

/**
 * A reference to another entity by its id. The link stage checks that it exists
 * and is of a kind the field accepts (REFERENCE_TARGETS in kinds.ts); the
 * `reference` mark lets a test prove that every such field is listed there.
 */
export const Ref = Id.meta({ reference: true, description: "The id of another entity (person, organization, proposal, meeting or source)." });

export const NonEmptyText = z.string().trim().min(1, "must not be empty");

/**
 * Markdown, rendered with raw HTML disabled; links with unsafe schemes are dropped.
 * The `prose` mark lets the checks find every text a reader sees, to hold it to
 * naming sources and entities as `[[id]]`, never by a bare id.
 */
export const Markdown = NonEmptyText.meta({
  prose: true,
  description: "Markdown text. Raw HTML is shown as text, never rendered. Name a source or entity as [[its-id]]: readers see its name (a source's outlet and date), linked.",
});

/** YAML reads an unquoted 2024 as a number; accept it so curators need not quote years. */
const PartialDateInput = z.union([z.string(), z.number().int()]).transform((v) => String(v));

export const PartialDate = PartialDateInput.pipe(
  z
    .string()
    .regex(PARTIAL_DATE_PATTERN, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    .refine(isRealPartialDate, "is not a real calendar date"),
).describe("A date with its precision carried by its shape: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).");

/** A calendar day, for editorial dates (when a fact was added or corrected). */
export const IsoDay = PartialDateInput.pipe(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a full day, YYYY-MM-DD")
    .refine(isRealPartialDate, "is not a real calendar date"),
);

export const Citation = z
  .strictObject({
    source: Ref.describe("The id of the source entity that says this."),
    quote: NonEmptyText.describe(
      "The exact words in the archived source that support the statement, copied verbatim (only whitespace and curly quotes may differ).",
    ),
  })
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
    text: Markdown.describe("The statement, in the site's own words (quotes stay in citations)."),
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
  text: Markdown.describe("What this side says."),
  citations: Citations,
  preferred: z.boolean().optional().describe("Mark the one reading the site prefers."),
});

export const Disagreement = z
  .strictObject({
    id: Id,
    topic: Markdown.describe("What the readings disagree about."),
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
