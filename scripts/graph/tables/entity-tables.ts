/**
 * The tables about entities: one of every entity, one per kind (single values,
 * from the registry), and a long table for each list an entity carries.
 */
import { z } from "zod";
import {
  Alias,
  AliasKind,
  column,
  csvColumnsOf,
  dateColumns,
  Id,
  IsoDay,
  KINDS,
  KIND_LIST,
  Markdown,
  NonEmptyText,
  QualityLabel,
  Ref,
  type Citation,
  type DateClaim,
  type EntityOf,
  type Kind,
  type Role,
} from "../../schema/index.ts";
import { twinPath } from "../../shared/url-scheme.ts";
import type { GraphContext } from "../context.ts";
import { table, type Table } from "./table.ts";

export type EntitiesByKind = { [K in Kind]: Array<EntityOf<K>> };

/** A list's position, counted from 1, so that rows keep the curated order and have a key. */
export const ListPosition = z.number().int().min(1).describe("Its place in the curated list, counting from 1.");
const Url = z.string().describe("The public address of the page.");
const KindName = z.enum(KIND_LIST as [Kind, ...Kind[]]).describe("The kind of entity.");

const numbered = <T>(list: readonly T[] | undefined) => (list ?? []).map((item, i) => ({ item, n: i + 1 }));
const allEntities = (byKind: EntitiesByKind) => KIND_LIST.flatMap((kind) => byKind[kind].map((entity) => ({ kind, entity })));

function kindTable<K extends Kind>(kind: K, entities: Array<EntityOf<K>>, ctx: GraphContext): Table {
  const columns = Object.fromEntries(csvColumnsOf(kind));
  return table({
    name: KINDS[kind].folder,
    title: KINDS[kind].plural,
    description: `One row per ${KINDS[kind].label.toLowerCase()}: its single-valued fields. Lists (aliases, roles, participants, references) are in their own tables.`,
    columns: { ...columns, url: column(Url, (e: EntityOf<K>) => ctx.link(e.id).absoluteUrl, { format: "uri" }) },
    rows: entities,
    primaryKey: ["id"],
    foreignKeys: [{ fields: ["id"], reference: { resource: "entities", fields: ["id"] } }],
  });
}

/** A citation of something an entity states other than a fact: a date, a status, a place, a participant, a role. */
interface RecordCitation {
  entity: string;
  record: z.infer<typeof RecordName>;
  item: number;
  n: number;
  citation: Citation;
}
const RecordName = z
  .enum(["date", "end", "published", "status", "place", "participant", "role", "role-start", "role-end"])
  .describe("What the citation supports: the entity's date, end date, publication date, status or place, or one of its participants or roles (or a role's start or end).");

function* recordCitations(byKind: EntitiesByKind): Generator<RecordCitation> {
  function* cite(entity: string, record: RecordCitation["record"], item: number, list: Citation[] | undefined) {
    for (const { item: citation, n } of numbered(list)) yield { entity, record, item, n, citation };
  }
  const ofDate = (claim: DateClaim | undefined) => (claim && "citations" in claim ? claim.citations : undefined);
  for (const p of byKind.proposal) {
    yield* cite(p.id, "date", 1, ofDate(p.date));
    yield* cite(p.id, "status", 1, p.status.citations);
  }
  for (const m of byKind.meeting) {
    yield* cite(m.id, "date", 1, ofDate(m.date));
    yield* cite(m.id, "end", 1, ofDate(m.end));
    yield* cite(m.id, "place", 1, m.place?.citations);
    for (const { item, n } of numbered(m.participants)) yield* cite(m.id, "participant", n, item.citations);
  }
  for (const s of byKind.source) yield* cite(s.id, "published", 1, ofDate(s.published));
  for (const p of byKind.person) {
    for (const { item, n } of numbered(p.roles)) {
      yield* cite(p.id, "role", n, item.citations);
      yield* cite(p.id, "role-start", n, ofDate(item.start));
      yield* cite(p.id, "role-end", n, ofDate(item.end));
    }
  }
}

const LinkField = z.enum(["proposedBy", "related", "proposals"]).describe("The field the reference is listed in: a proposal's proposedBy or related, a meeting's proposals.");

export function entityTables(ctx: GraphContext, byKind: EntitiesByKind): Table[] {
  const everything = allEntities(byKind);
  const aliases = everything.flatMap(({ entity }) => numbered(entity.aliases).map(({ item, n }) => ({ entity: entity.id, n, alias: item })));
  const links = [
    ...byKind.proposal.flatMap((p) => [
      ...numbered(p.proposedBy).map(({ item, n }) => ({ entity: p.id, field: "proposedBy" as const, n, target: item })),
      ...numbered(p.related).map(({ item, n }) => ({ entity: p.id, field: "related" as const, n, target: item })),
    ]),
    ...byKind.meeting.flatMap((m) => numbered(m.proposals).map(({ item, n }) => ({ entity: m.id, field: "proposals" as const, n, target: item }))),
  ];
  type Numbered<T> = { owner: string; n: number; item: T };
  const own = <T>(owner: string, list: readonly T[] | undefined): Array<Numbered<T>> => numbered(list).map(({ item, n }) => ({ owner, n, item }));

  return [
    table<(typeof everything)[number]>({
      name: "entities",
      title: "Entities",
      description: "Every entity of every kind, with its page. The other tables refer to entities by this id.",
      columns: {
        id: column(Id, (e) => e.entity.id),
        type: column(KindName, (e) => e.kind),
        name: column(NonEmptyText.describe("The name a link to it shows (a source's headline)."), (e) => ctx.link(e.entity.id).name),
        added: column(IsoDay, (e) => e.entity.added ?? ctx.settings.published, { type: "date", description: "The day it was first published." }),
        url: column(Url, (e) => ctx.link(e.entity.id).absoluteUrl, { format: "uri" }),
        twin_url: column(z.string().describe("Its JSON twin: the entity as curated."), (e) => twinPath(ctx.link(e.entity.id).absoluteUrl), { format: "uri" }),
      },
      rows: everything,
      primaryKey: ["id"],
    }),
    ...KIND_LIST.map((kind) => kindTable(kind, byKind[kind] as never, ctx)),
    table<(typeof aliases)[number]>({
      name: "aliases",
      title: "Aliases",
      description: "Every other name an entity goes by, as a source spells it.",
      columns: {
        entity: column(Ref, (a) => a.entity, { references: "about" }),
        n: column(ListPosition, (a) => a.n),
        name: column(Alias.shape.name, (a) => a.alias.name),
        kind: column(AliasKind, (a) => a.alias.kind),
        note: column(Markdown.optional(), (a) => a.alias.note),
      },
      rows: aliases,
      primaryKey: ["entity", "n"],
    }),
    table<{ entity: string; alias: number; source: string }>({
      name: "alias-sources",
      title: "Alias sources",
      description: "The sources each alias appears in (aliases.csv joined on entity and n = alias).",
      columns: {
        entity: column(Ref, (r) => r.entity),
        alias: column(ListPosition, (r) => r.alias),
        source: column(Ref, (r) => r.source, { references: "source" }),
      },
      rows: aliases.flatMap((a) => a.alias.sources.map((source) => ({ entity: a.entity, alias: a.n, source }))),
      primaryKey: ["entity", "alias", "source"],
      foreignKeys: [{ fields: ["entity", "alias"], reference: { resource: "aliases", fields: ["entity", "n"] } }],
    }),
    table<Numbered<Role>>({
      name: "roles",
      title: "Roles",
      description: "Each person's roles, with the organization and the dates when known.",
      columns: {
        person: column(Ref, (r) => r.owner, { references: "speaker" }),
        n: column(ListPosition, (r) => r.n),
        title: column(NonEmptyText, (r) => r.item.title),
        organization: column(Ref.optional(), (r) => r.item.organization, { references: "organization" }),
        ...dateColumns("start", (r: Numbered<Role>) => r.item.start),
        ...dateColumns("end", (r: Numbered<Role>) => r.item.end),
      },
      rows: byKind.person.flatMap((p) => own(p.id, p.roles)),
      primaryKey: ["person", "n"],
      foreignKeys: [{ fields: ["person"], reference: { resource: "people", fields: ["id"] } }],
    }),
    table<Numbered<EntityOf<"meeting">["participants"][number]>>({
      name: "participants",
      title: "Participants",
      description: "Who took part in each meeting, with their role at the time when the source gives it.",
      columns: {
        meeting: column(Ref, (r) => r.owner),
        n: column(ListPosition, (r) => r.n),
        entity: column(Ref, (r) => r.item.entity, { references: "entity" }),
        role: column(NonEmptyText.optional(), (r) => r.item.role),
      },
      rows: byKind.meeting.flatMap((m) => own(m.id, m.participants)),
      primaryKey: ["meeting", "n"],
      foreignKeys: [{ fields: ["meeting"], reference: { resource: "meetings", fields: ["id"] } }],
    }),
    table<(typeof links)[number]>({
      name: "entity-links",
      title: "References between entities",
      description: "The lists of entities an entity names: who proposed a proposal, related proposals, the proposals a meeting discussed.",
      columns: {
        entity: column(Ref, (r) => r.entity, { references: "about" }),
        field: column(LinkField, (r) => r.field),
        n: column(ListPosition, (r) => r.n),
        target: column(Ref, (r) => r.target, { references: "about" }),
      },
      rows: links,
      primaryKey: ["entity", "field", "n"],
    }),
    table<Numbered<NonNullable<EntityOf<"source">["quality"]>[number]>>({
      name: "source-quality",
      title: "Source quality labels",
      description: "Labels that say how far to trust a source's text, each with its reason.",
      columns: {
        source: column(Ref, (r) => r.owner, { references: "source" }),
        n: column(ListPosition, (r) => r.n),
        label: column(QualityLabel, (r) => r.item.label),
        note: column(Markdown, (r) => r.item.note),
      },
      rows: byKind.source.flatMap((s) => own(s.id, s.quality)),
      primaryKey: ["source", "n"],
    }),
    table<Numbered<NonNullable<EntityOf<"source">["excluded"]>[number]>>({
      name: "source-excluded",
      title: "Passages excluded from sources",
      description: "Passages of an archived source that are noise (site furniture, links to other stories) and produce no facts.",
      columns: {
        source: column(Ref, (r) => r.owner, { references: "source" }),
        n: column(ListPosition, (r) => r.n),
        quote: column(NonEmptyText, (r) => r.item.quote),
        reason: column(Markdown, (r) => r.item.reason),
      },
      rows: byKind.source.flatMap((s) => own(s.id, s.excluded)),
      primaryKey: ["source", "n"],
    }),
    table<RecordCitation>({
      name: "record-citations",
      title: "Citations of dates, statuses, places, participants and roles",
      description:
        "The verbatim passages behind what an entity states outside its facts. `item` is the participant's or role's n (participants.csv, roles.csv); 1 for the others.",
      columns: {
        entity: column(Ref, (r) => r.entity, { references: "about" }),
        record: column(RecordName, (r) => r.record),
        item: column(ListPosition, (r) => r.item),
        n: column(ListPosition, (r) => r.n),
        source: column(Ref, (r) => r.citation.source, { references: "source" }),
        quote: column(NonEmptyText, (r) => r.citation.quote),
      },
      rows: recordCitations(byKind),
      primaryKey: ["entity", "record", "item", "n"],
    }),
  ];
}
