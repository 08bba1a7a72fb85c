/**
 * The registry of entity kinds: everything that varies by kind is declared here
 * once. Every other table that varies by kind is typed `Record<Kind, …>` against
 * it, so a new kind does not compile until each of those places handles it.
 */
import type { z } from "zod";
import type { DateClaim, Fact } from "./primitives.ts";
import { precisionOf } from "./partial-date.ts";
import { Meeting, Organization, Person, Proposal, PROPOSAL_KIND_LABELS, Source } from "./entities.ts";

/** What machine-readable outputs may ask about another entity while describing one. */
export interface EntityLookup {
  /** The entity's page as a site path, e.g. /people/joe-biden/. */
  path(id: string): string;
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
  /** One CSV file per kind, a column per entry, from the validated entity (raw values, not display labels). */
  csv: Record<string, (entity: z.output<S>, lookup: EntityLookup) => string>;
}

function kind<S extends z.ZodType>(definition: KindDefinition<S>): KindDefinition<S> {
  return definition;
}

/** The day, month or year of a date claim; undefined when it is unknown. */
export function dateValue(claim: DateClaim | undefined): string | undefined {
  return claim && claim.basis !== "unknown" ? claim.on : undefined;
}

const list = (items: readonly string[] | undefined) => (items ?? []).join("; ");
/** A date as three columns: its value, its precision and its basis. */
function dateColumns<E>(prefix: string, claim: (e: E) => DateClaim | undefined): Record<string, (e: E) => string> {
  return {
    [prefix]: (e) => dateValue(claim(e)) ?? "",
    [`${prefix}_precision`]: (e) => {
      const c = claim(e);
      return !c ? "" : c.basis === "unknown" ? "unknown" : precisionOf(c.on);
    },
    [`${prefix}_basis`]: (e) => claim(e)?.basis ?? "",
  };
}
const aliases = (e: { aliases?: Array<{ name: string }> }) => list(e.aliases?.map((a) => a.name));

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
      id: (p) => p.id,
      name: (p) => p.name,
      aliases,
      roles: (p) => list(p.roles?.map((r) => r.title)),
      url: (p, lookup) => lookup.path(p.id),
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
      id: (o) => o.id,
      name: (o) => o.name,
      kind: (o) => o.kind,
      parent: (o) => o.parent ?? "",
      aliases,
      url: (o, lookup) => lookup.path(o.id),
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
      id: (p) => p.id,
      name: (p) => p.name,
      kind: (p) => p.kind,
      proposed_by: (p) => list(p.proposedBy),
      ...dateColumns("date", (p: Proposal) => p.date),
      status: (p) => p.status.value,
      url: (p, lookup) => lookup.path(p.id),
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
      id: (m) => m.id,
      name: (m) => m.name,
      format: (m) => m.format,
      status: (m) => m.status,
      ...dateColumns("date", (m: Meeting) => m.date),
      place: (m) => m.place?.name ?? "",
      participants: (m) => list(m.participants.map((p) => p.entity)),
      url: (m, lookup) => lookup.path(m.id),
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
      id: (s) => s.id,
      title: (s) => s.title,
      outlet_as_stated: (s) => s.outlet.asStated ?? "",
      ...dateColumns("published", (s: Source) => s.published),
      quality: (s) => list(s.quality?.map((q) => q.label)),
      archive_file: (s) => s.archive.file,
      sha256: (s) => s.archive.sha256,
      url: (s, lookup) => lookup.path(s.id),
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

/** A kind's CSV table: the header, then one row per entity. */
export function csvTableOf<K extends Kind>(kind: K, entities: ReadonlyArray<EntityOf<K>>, lookup: EntityLookup): string[][] {
  const columns = Object.entries(DEFINITIONS[kind].csv);
  return [columns.map(([name]) => name), ...entities.map((e) => columns.map(([, cell]) => cell(e, lookup)))];
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
