/**
 * The tables about facts and disagreements: one row per fact, and long tables
 * for what a fact lists (citations, the entities it is about, corrections), for
 * who took each position, and for the readings of each disagreement.
 */
import { z } from "zod";
import {
  Citation,
  Correction,
  Disagreement,
  Fact,
  factSectionsOf,
  Id,
  IsoDay,
  KIND_LIST,
  NonEmptyText,
  Reading,
  Ref,
  Stance,
  column,
  dateColumns,
  type Kind,
  type Position as PositionFact,
} from "../../schema/index.ts";
import { anchorPath } from "../../shared/url-scheme.ts";
import type { GraphContext } from "../context.ts";
import { table, type Table } from "./table.ts";
import { ListPosition, type EntitiesByKind } from "./entity-tables.ts";

interface FactRow {
  fact: Fact;
  entity: string;
  kind: Kind;
  section: string;
}

const SECTIONS = [...new Set(KIND_LIST.flatMap((k) => factSectionsOf(k).map(([field]) => field)))] as [string, ...string[]];
const Section = z.enum(SECTIONS).describe("The list the fact is in on its entity: facts, or a kind's own list (a proposal's terms, positions and sticking points; a meeting's topics, outcomes and statements).");
const KindName = z.enum(KIND_LIST as [Kind, ...Kind[]]).describe("The kind of the entity the fact belongs to.");
const Claim = z.enum(["text", "date"]).describe("What the passage supports: the fact's text, or its date.");

const numbered = <T>(list: readonly T[] | undefined) => (list ?? []).map((item, i) => ({ item, n: i + 1 }));
const toFact = (key: string) => [{ fields: [key], reference: { resource: "facts", fields: ["id"] } }];

function factRows(byKind: EntitiesByKind): FactRow[] {
  return KIND_LIST.flatMap((kind) =>
    byKind[kind].flatMap((entity) =>
      factSectionsOf(kind).flatMap(([section]) =>
        (((entity as Record<string, unknown>)[section] as Fact[] | undefined) ?? []).map((fact) => ({ fact, entity: entity.id, kind, section })),
      ),
    ),
  );
}

export function factTables(ctx: GraphContext, byKind: EntitiesByKind): Table[] {
  const facts = factRows(byKind);
  const citations = facts.flatMap(({ fact }) => [
    ...numbered(fact.citations).map(({ item, n }) => ({ fact: fact.id, claim: "text" as const, n, citation: item })),
    ...numbered(fact.date && "citations" in fact.date ? fact.date.citations : undefined).map(({ item, n }) => ({ fact: fact.id, claim: "date" as const, n, citation: item })),
  ]);
  const positions = byKind.proposal.flatMap((p) => (p.positions ?? []).map((position) => ({ proposal: p.id, position })));
  const disagreements = KIND_LIST.flatMap((kind) =>
    byKind[kind].flatMap((entity) => (entity.disagreements ?? []).map((d) => ({ entity: entity.id, disagreement: d }))),
  );
  const readings = disagreements.flatMap(({ disagreement }) => numbered(disagreement.readings).map(({ item, n }) => ({ disagreement: disagreement.id, n, reading: item })));
  type Listed<T> = { fact: string; n: number; item: T };
  const listed = <T>(pick: (f: Fact) => readonly T[] | undefined): Array<Listed<T>> =>
    facts.flatMap(({ fact }) => numbered(pick(fact)).map(({ item, n }) => ({ fact: fact.id, n, item })));

  return [
    table<FactRow>({
      name: "facts",
      title: "Facts",
      description: "Every fact: a statement in the site's own words, on the entity that holds it. Its citations, the entities it is about, and its corrections are in their own tables.",
      columns: {
        id: column(Fact.shape.id, (r) => r.fact.id),
        entity: column(Ref.describe("The entity whose page holds the fact."), (r) => r.entity, { references: "about" }),
        entity_type: column(KindName, (r) => r.kind),
        section: column(Section, (r) => r.section),
        text: column(Fact.shape.text, (r) => r.fact.text),
        speaker: column(Fact.shape.speaker, (r) => r.fact.speaker, { references: "speaker" }),
        ...dateColumns("date", (r: FactRow) => r.fact.date),
        note: column(Fact.shape.note, (r) => r.fact.note),
        added: column(IsoDay, (r) => r.fact.added ?? ctx.settings.published, { type: "date", description: "The day the fact was first published." }),
        url: column(z.string().describe("The fact on its entity's page."), (r) => anchorPath(ctx.link(r.entity).absoluteUrl, r.fact.id), { format: "uri" }),
      },
      rows: facts,
      primaryKey: ["id"],
    }),
    table<(typeof citations)[number]>({
      name: "citations",
      title: "Citations of facts",
      description: "The verbatim passages of archived sources that each fact's text, or its date, rests on.",
      columns: {
        fact: column(Id, (r) => r.fact),
        claim: column(Claim, (r) => r.claim),
        n: column(ListPosition, (r) => r.n),
        source: column(Citation.shape.source, (r) => r.citation.source, { references: "source" }),
        quote: column(Citation.shape.quote, (r) => r.citation.quote),
      },
      rows: citations,
      primaryKey: ["fact", "claim", "n"],
      foreignKeys: toFact("fact"),
    }),
    table<Listed<string>>({
      name: "fact-about",
      title: "What facts are about",
      description: "The other entities each fact concerns (its `about` list); their pages link back to it.",
      columns: {
        fact: column(Id, (r) => r.fact),
        n: column(ListPosition, (r) => r.n),
        entity: column(Ref, (r) => r.item, { references: "about" }),
      },
      rows: listed((f) => f.about),
      primaryKey: ["fact", "n"],
      foreignKeys: toFact("fact"),
    }),
    table<{ proposal: string; position: PositionFact }>({
      name: "positions",
      title: "Positions on proposals",
      description: "Who took each position on a proposal, and their stance. The position itself is a fact (facts.csv, section positions).",
      columns: {
        fact: column(Id, (r) => r.position.id),
        proposal: column(Ref, (r) => r.proposal),
        party: column(Ref.describe("The person or organization whose position this is."), (r) => r.position.party, { references: "party" }),
        stance: column(Stance, (r) => r.position.stance),
      },
      rows: positions,
      primaryKey: ["fact"],
      foreignKeys: [...toFact("fact"), { fields: ["proposal"], reference: { resource: "proposals", fields: ["id"] } }],
    }),
    table<Listed<z.infer<typeof Correction>>>({
      name: "corrections",
      title: "Corrections",
      description: "Every correction to a published fact: the day it was made and what changed.",
      columns: {
        fact: column(Id, (r) => r.fact),
        n: column(ListPosition, (r) => r.n),
        on: column(Correction.shape.on, (r) => r.item.on, { type: "date" }),
        note: column(Correction.shape.note, (r) => r.item.note),
      },
      rows: listed((f) => f.corrections),
      primaryKey: ["fact", "n"],
      foreignKeys: toFact("fact"),
    }),
    table<(typeof disagreements)[number]>({
      name: "disagreements",
      title: "Disagreements",
      description: "Where sources disagree with each other, or a source is wrong: the topic and how the site resolves it. The readings are in readings.csv.",
      columns: {
        id: column(Disagreement.shape.id, (r) => r.disagreement.id),
        entity: column(Ref.describe("The entity whose page holds the disagreement."), (r) => r.entity, { references: "about" }),
        topic: column(Disagreement.shape.topic, (r) => r.disagreement.topic),
        resolution: column(Disagreement.shape.resolution, (r) => r.disagreement.resolution),
        url: column(z.string().describe("The disagreement on its entity's page."), (r) => anchorPath(ctx.link(r.entity).absoluteUrl, r.disagreement.id), { format: "uri" }),
      },
      rows: disagreements,
      primaryKey: ["id"],
    }),
    table<(typeof readings)[number]>({
      name: "readings",
      title: "Readings of disagreements",
      description: "Each side of a disagreement, and whether it is the reading the site prefers.",
      columns: {
        disagreement: column(Id, (r) => r.disagreement),
        n: column(ListPosition, (r) => r.n),
        text: column(Reading.shape.text, (r) => r.reading.text),
        preferred: column(z.boolean().describe("The reading the site prefers."), (r) => r.reading.preferred ?? false),
      },
      rows: readings,
      primaryKey: ["disagreement", "n"],
      foreignKeys: [{ fields: ["disagreement"], reference: { resource: "disagreements", fields: ["id"] } }],
    }),
    table<{ disagreement: string; reading: number; n: number; citation: Citation }>({
      name: "reading-citations",
      title: "Citations of readings",
      description: "The verbatim passages each reading rests on (readings.csv joined on disagreement and n = reading).",
      columns: {
        disagreement: column(Id, (r) => r.disagreement),
        reading: column(ListPosition, (r) => r.reading),
        n: column(ListPosition, (r) => r.n),
        source: column(Citation.shape.source, (r) => r.citation.source, { references: "source" }),
        quote: column(NonEmptyText, (r) => r.citation.quote),
      },
      rows: readings.flatMap((r) => numbered(r.reading.citations).map(({ item, n }) => ({ disagreement: r.disagreement, reading: r.n, n, citation: item }))),
      primaryKey: ["disagreement", "reading", "n"],
      foreignKeys: [{ fields: ["disagreement", "reading"], reference: { resource: "readings", fields: ["disagreement", "n"] } }],
    }),
  ];
}
