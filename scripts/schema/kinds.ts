/**
 * The registry of entity kinds: everything that varies by kind is declared here
 * once. Every other table that varies by kind is typed `Record<Kind, …>` against
 * it, so a new kind does not compile until each of those places handles it.
 */
import { z } from "zod";
import { DateClaim, Id, Markdown, NonEmptyText, PartialDate, Ref, type Fact } from "./primitives.ts";
import { precisionOf } from "./partial-date.ts";
import { Meeting, MeetingFormat, MeetingStatus, Organization, OrganizationKind, Person, Proposal, ProposalKind, ProposalStatus, PROPOSAL_KIND_LABELS, Source } from "./entities.ts";
import { column, type Column } from "./table-columns.ts";

/** What machine-readable outputs may ask about another entity while describing one. */
export interface EntityLookup {
  /** The entity's page as a public URL, under the site's path prefix. */
  url(id: string): string;
  /** A schema.org node for the entity: its @type, @id and name. */
  node(id: string): Record<string, unknown>;
}

type FactListField<E> = { [F in keyof E]-?: NonNullable<E[F]> extends readonly Fact[] ? F : never }[keyof E] & string;

export interface KindDefinition<S extends z.ZodType> {
  schema: S;
  /** The folder under _data that holds one YAML file per entity. */
  folder: string;
  /** The URL segment: pages live at /<segment>/<id>/, the index at /<segment>/. */
  segment: string;
  label: string;
  plural: string;
  /** The fields that hold facts, in the order a page lists them, each with the name of one item. */
  factSections: Partial<Record<FactListField<z.output<S>>, string>>;
  /** People and organizations act: they take part in meetings, speak and take positions. */
  actor: boolean;
  /** Listed in the site's navigation, in registry order. */
  inNav: boolean;
  /** The name a link to the entity shows. */
  displayName(entity: z.output<S>): string;
  jsonLd: { type: string; properties(entity: z.output<S>, lookup: EntityLookup, citation: unknown[]): Record<string, unknown> };
  /**
   * One CSV file per kind, a column per entry, from the validated entity (raw
   * values, not display labels). Single values only: lists go in long tables.
   * The build adds the page's `url` as the last column.
   */
  csv: Record<string, Column<z.output<S>>>;
}

function kind<S extends z.ZodType>(definition: KindDefinition<S>): KindDefinition<S> {
  return definition;
}

/** The day, month or year of a date claim; undefined when it is unknown. */
export function dateValue(claim: DateClaim | undefined): string | undefined {
  return claim && claim.basis !== "unknown" ? claim.on : undefined;
}

const DATE_PRECISION = z.enum(["year", "month", "day", "unknown"]).describe("How precise the date is: year, month or day; unknown when no date can be given.");
const DATE_BASIS = z.enum(["stated", "inferred", "outside", "unknown"]).describe("How the date is known: stated in the source, inferred from it, added from outside the archive, or unknown.");

/** A date claim as four columns: its value, precision, basis, and the reasoning or note behind it. */
export function dateColumns<E>(prefix: string, claim: (e: E) => DateClaim | undefined, required = false): Record<string, Column<E>> {
  const optional = <T extends z.ZodType>(t: T) => (required ? t : t.optional());
  return {
    [prefix]: column(PartialDate.optional(), (e) => dateValue(claim(e))),
    [`${prefix}_precision`]: column(optional(DATE_PRECISION), (e) => {
      const c = claim(e);
      return !c ? undefined : c.basis === "unknown" ? "unknown" : precisionOf(c.on);
    }),
    [`${prefix}_basis`]: column(optional(DATE_BASIS), (e) => claim(e)?.basis),
    [`${prefix}_note`]: column(Markdown.optional().describe("How an inferred date follows (its reasoning), or the note on a date from outside the archive or unknown."), (e) => {
      const c = claim(e);
      return c?.basis === "inferred" ? c.reasoning : c?.basis === "outside" || c?.basis === "unknown" ? c.note : undefined;
    }),
  };
}
const ref = (field: string) => ({ references: field });

export const KINDS = {
  person: kind({
    schema: Person,
    folder: "people",
    segment: "people",
    label: "Person",
    plural: "People",
    factSections: { facts: "Fact" },
    actor: true,
    inNav: true,
    displayName: (p) => p.name,
    jsonLd: {
      type: "Person",
      properties: (p, lookup) => ({
        jobTitle: (p.roles ?? []).map((r) => r.title),
        affiliation: (p.roles ?? []).flatMap((r) => (r.organization ? [lookup.node(r.organization)] : [])),
      }),
    },
    csv: {
      id: column(Id, (p: Person) => p.id),
      name: column(NonEmptyText, (p: Person) => p.name),
    },
  }),
  organization: kind({
    schema: Organization,
    folder: "organizations",
    segment: "organizations",
    label: "Organization",
    plural: "Organizations",
    factSections: { facts: "Fact" },
    actor: true,
    inNav: true,
    displayName: (o) => o.name,
    jsonLd: { type: "Organization", properties: (o, lookup) => ({ parentOrganization: o.parent ? lookup.node(o.parent) : undefined }) },
    csv: {
      id: column(Id, (o: Organization) => o.id),
      name: column(NonEmptyText, (o: Organization) => o.name),
      kind: column(OrganizationKind, (o: Organization) => o.kind),
      parent: column(Ref.optional(), (o: Organization) => o.parent, ref("parent")),
    },
  }),
  proposal: kind({
    schema: Proposal,
    folder: "proposals",
    segment: "proposals",
    label: "Proposal",
    plural: "Proposals",
    factSections: { facts: "Fact", terms: "Term", positions: "Position", stickingPoints: "Sticking point" },
    actor: false,
    inNav: true,
    displayName: (p) => p.name,
    jsonLd: {
      type: "CreativeWork",
      properties: (p, lookup, citation) => ({
        genre: PROPOSAL_KIND_LABELS[p.kind],
        dateCreated: dateValue(p.date),
        author: (p.proposedBy ?? []).map(lookup.node),
        citation,
      }),
    },
    csv: {
      id: column(Id, (p: Proposal) => p.id),
      name: column(NonEmptyText, (p: Proposal) => p.name),
      kind: column(ProposalKind, (p: Proposal) => p.kind),
      ...dateColumns("date", (p: Proposal) => p.date),
      status: column(ProposalStatus, (p: Proposal) => p.status.value),
      status_note: column(Markdown.optional(), (p: Proposal) => p.status.note),
      counterproposal_of: column(Ref.optional(), (p: Proposal) => p.counterproposalOf, ref("counterproposalOf")),
      superseded_by: column(Ref.optional(), (p: Proposal) => p.supersededBy, ref("supersededBy")),
    },
  }),
  meeting: kind({
    schema: Meeting,
    folder: "meetings",
    segment: "meetings",
    label: "Meeting",
    plural: "Meetings",
    factSections: { facts: "Fact", topics: "Topic", outcomes: "Outcome", statements: "Statement" },
    actor: false,
    inNav: true,
    displayName: (m) => m.name,
    jsonLd: {
      type: "Event",
      properties: (m, lookup) => ({
        startDate: dateValue(m.date),
        endDate: dateValue(m.end),
        eventStatus: m.status === "cancelled" ? "https://schema.org/EventCancelled" : m.status === "scheduled" ? "https://schema.org/EventScheduled" : undefined,
        location: m.place ? { "@type": "Place", name: m.place.name } : undefined,
        attendee: m.participants.map((p) => lookup.node(p.entity)),
      }),
    },
    csv: {
      id: column(Id, (m: Meeting) => m.id),
      name: column(NonEmptyText, (m: Meeting) => m.name),
      format: column(MeetingFormat, (m: Meeting) => m.format),
      status: column(MeetingStatus, (m: Meeting) => m.status),
      ...dateColumns("date", (m: Meeting) => m.date, true),
      ...dateColumns("end", (m: Meeting) => m.end),
      place: column(NonEmptyText.optional(), (m: Meeting) => m.place?.name),
    },
  }),
  source: kind({
    schema: Source,
    folder: "sources",
    segment: "sources",
    label: "Source",
    plural: "Sources",
    factSections: { facts: "Fact" },
    actor: false,
    inNav: true,
    displayName: (s) => s.title,
    jsonLd: {
      type: "CreativeWork",
      properties: (s) => ({
        headline: s.title,
        datePublished: dateValue(s.published),
        publisher: s.outlet.asStated ? { "@type": "Organization", name: s.outlet.asStated } : undefined,
      }),
    },
    csv: {
      id: column(Id, (s: Source) => s.id),
      title: column(NonEmptyText, (s: Source) => s.title),
      outlet_as_stated: column(NonEmptyText.optional(), (s: Source) => s.outlet.asStated),
      outlet_organization: column(Ref.optional(), (s: Source) => s.outlet.organization, ref("organization")),
      outlet_note: column(Markdown.optional(), (s: Source) => s.outlet.note),
      ...dateColumns("published", (s: Source) => s.published, true),
      language: column(NonEmptyText.optional(), (s: Source) => s.language),
      archive_file: column(Source.shape.archive.shape.file, (s: Source) => s.archive.file),
      sha256: column(Source.shape.archive.shape.sha256, (s: Source) => s.archive.sha256),
    },
  }),
};

export type Kind = keyof typeof KINDS;
export type EntityOf<K extends Kind> = z.output<(typeof KINDS)[K]["schema"]>;
export type Entity = EntityOf<Kind>;

/**
 * The registry seen through a mapped type, so that a function generic in K can
 * hand an EntityOf<K> to the definition of K without a cast.
 */
export const DEFINITIONS: { [K in Kind]: KindDefinition<(typeof KINDS)[K]["schema"]> } = KINDS;

export function displayNameOf<K extends Kind>(kind: K, entity: EntityOf<K>): string {
  return DEFINITIONS[kind].displayName(entity);
}

export function jsonLdOf<K extends Kind>(kind: K, entity: EntityOf<K>, lookup: EntityLookup, citation: unknown[]): Record<string, unknown> {
  const { type, properties } = DEFINITIONS[kind].jsonLd;
  return { "@type": type, ...properties(entity, lookup, citation) };
}

/** A kind's CSV columns, seen through the mapped type so a row of kind K fits them. */
export function csvColumnsOf<K extends Kind>(kind: K): Array<[name: string, column: Column<EntityOf<K>>]> {
  return Object.entries(DEFINITIONS[kind].csv);
}
/** Every kind, in registry order (the order of folders, indexes and navigation). */
export const KIND_LIST = Object.keys(KINDS) as Kind[];
export const ACTOR_KINDS = KIND_LIST.filter((k) => KINDS[k].actor);

/** The fact-list fields of a kind, in page order. */
export function factSectionsOf(kind: Kind): Array<[field: string, itemLabel: string]> {
  return Object.entries(KINDS[kind].factSections as Record<string, string>);
}

/**
 * Which kinds each referencing field accepts. A field name means the same thing
 * wherever it occurs, so one table serves every kind; a test proves that every
 * field the schema marks as a reference is listed.
 */
export const REFERENCE_TARGETS: Record<string, readonly Kind[]> = {
  source: ["source"],
  sources: ["source"],
  speaker: ACTOR_KINDS,
  about: KIND_LIST,
  party: ACTOR_KINDS,
  entity: ACTOR_KINDS,
  proposedBy: ACTOR_KINDS,
  organization: ["organization"],
  parent: ["organization"],
  counterproposalOf: ["proposal"],
  supersededBy: ["proposal"],
  related: ["proposal"],
  proposals: ["proposal"],
};

/** The kind whose folder is `folder`, if any. */
export function kindOfFolder(folder: string): Kind | undefined {
  return KIND_LIST.find((k) => KINDS[k].folder === folder);
}
