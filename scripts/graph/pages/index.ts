/**
 * Every entity page: the fields all kinds share, then the kind's own from its
 * builder, then what is derived from both (search facets, JSON-LD, the twin).
 */
import { ALIAS_KIND_LABELS, KINDS, type EntityOf, type Kind } from "../../schema/index.ts";
import { twinPath, anchorPath } from "../../shared/url-scheme.ts";
import type { ValidEntity } from "../../pipeline/validate.ts";
import { renderBlock, renderInline } from "../markdown.ts";
import { byDate } from "../dates.ts";
import type { GraphContext } from "../context.ts";
import type { FactIndex } from "../facts.ts";
import type { Relations } from "../relations.ts";
import { entityLookup, jsonLdFor } from "../json-ld.ts";
import type { EntityLookup } from "../../schema/index.ts";
import { pageMeta } from "../page-meta.ts";
import type { TimelineEvent } from "../timeline.ts";
import { facetsOf } from "../search.ts";
import type { AliasView, DisagreementView, EntityLink, FactView, MovedAnchor, NavEntry, PageMeta, SearchFacets, SummaryPart } from "../views.ts";
import { BUILDERS, type Built, type KindFields, type PageInputs } from "./by-kind.ts";

export type { KindFields } from "./by-kind.ts";

export interface PageBase {
  kindLabel: string;
  id: string;
  name: string;
  url: string;
  twinUrl: string;
  link: EntityLink;
  meta: PageMeta;
  description: string;
  /** A short line for index pages: kind, status, date. */
  summary: SummaryPart[];
  aliases: AliasView[];
  facts: FactView[];
  /** Every fact the page holds, in every section, in the order of the registry's fact sections. */
  ownFacts: FactView[];
  /** Facts on other pages that name this entity in `about`. */
  aboutFacts: FactView[];
  disagreements: DisagreementView[];
  mentionedIn: EntityLink[];
  sources: EntityLink[];
  moved: MovedAnchor[];
  facets: SearchFacets;
  jsonLd: Record<string, unknown>;
  twin: { type: Kind; url: string; page: string; data: EntityOf<Kind>; mentionedIn: string[] };
}

export type PageOf<K extends Kind> = PageBase & { kind: K } & KindFields<K>;
export type EntityPage = { [K in Kind]: PageOf<K> }[Kind];

function build<K extends Kind>(kind: K, entity: EntityOf<K>, inputs: PageInputs): Built<KindFields<K>> {
  return BUILDERS[kind](entity, inputs);
}

function disagreementsOf(e: ValidEntity, owner: EntityLink, ctx: GraphContext): DisagreementView[] {
  return (e.entity.disagreements ?? []).map((d) => ({
    id: d.id,
    url: anchorPath(owner.url, d.id),
    topicHtml: renderInline(d.topic),
    readings: d.readings.map((r) => ({ textHtml: renderInline(r.text), preferred: r.preferred === true, citations: ctx.citations(r.citations) })),
    resolutionHtml: renderBlock(d.resolution),
  }));
}

/** What building any one page reads: the context, the fact and relation indexes, moved anchors, navigation. */
export interface PageParts {
  ctx: GraphContext;
  facts: FactIndex;
  relations: Relations;
  moved: Map<string, MovedAnchor[]>;
  nav: NavEntry[];
  lookup: EntityLookup;
}

export function pageParts(ctx: GraphContext, facts: FactIndex, relations: Relations, moved: Map<string, MovedAnchor[]>, nav: NavEntry[]): PageParts {
  return { ctx, facts, relations, moved, nav, lookup: entityLookup(ctx) };
}

/**
 * One entity's page, and the timeline event it is, if any. `sections` are the
 * entity's own facts (from the fact index unless given).
 */
export function buildPage(e: ValidEntity, parts: PageParts, sections = parts.facts.sectionsOf.get(e.entity.id)!): { page: EntityPage; event?: TimelineEvent } {
  const { ctx, facts, relations, moved, nav, lookup } = parts;
  const { entity } = e;
  const self = ctx.link(entity.id);
  const ownFacts = [...sections.values()].flat();
  const statements = (facts.bySpeaker.get(entity.id) ?? []).filter((f) => f.owner.id !== entity.id).sort(byDate((f) => f.date?.sortKey));
  const about = facts.about.get(entity.id) ?? [];
  const built = build(e.kind, entity, {
    ctx,
    relations,
    self,
    section: (field) => sections.get(field) ?? [],
    statements,
    citing: facts.citing.get(entity.id) ?? [],
  });

  const sourceIds = new Set<string>();
  for (const f of [...ownFacts, ...statements, ...about]) for (const c of f.citations) sourceIds.add(c.source.id);
  for (const a of entity.aliases ?? []) for (const s of a.sources) sourceIds.add(s);
  sourceIds.delete(entity.id);
  const sources = [...sourceIds].map(ctx.link).sort((a, b) => a.id.localeCompare(b.id));
  const mentioned = relations.mentionedIn.get(entity.id);

  const page = {
    kind: e.kind,
    kindLabel: KINDS[e.kind].label,
    id: entity.id,
    name: self.name,
    url: self.url,
    twinUrl: twinPath(self.url),
    link: self,
    meta: pageMeta(ctx, nav, self.url, self.name, built.description),
    description: built.description,
    summary: built.summary,
    aliases: (entity.aliases ?? []).map((a) => ({
      name: a.name,
      kindLabel: ALIAS_KIND_LABELS[a.kind],
      sources: a.sources.map(ctx.link),
      noteHtml: a.note ? renderInline(a.note) : undefined,
    })),
    facts: sections.get("facts") ?? [],
    ownFacts,
    aboutFacts: about.filter((f) => f.owner.id !== entity.id && f.speaker?.id !== entity.id),
    disagreements: disagreementsOf(e, self, ctx),
    mentionedIn: [...(mentioned?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    sources,
    moved: moved.get(entity.id) ?? [],
    facets: facetsOf(self, ownFacts, built),
    jsonLd: jsonLdFor(e, { link: self, description: built.description, sources }, ctx, lookup),
    twin: { type: e.kind, url: ctx.absolute(twinPath(self.url)), page: self.absoluteUrl, data: entity, mentionedIn: [...(mentioned?.keys() ?? [])].sort() },
    ...built.fields,
  } as EntityPage;
  return { page, event: built.event ? { title: self.name, url: self.url, ...built.event } : undefined };
}

export function buildPages(parts: PageParts): { pages: EntityPage[]; events: Map<string, TimelineEvent[]> } {
  const events = new Map<string, TimelineEvent[]>();
  const pages = parts.ctx.linked.entities.map((e) => {
    const { page, event } = buildPage(e, parts);
    if (event) events.set(e.entity.id, [event]);
    return page;
  });
  return { pages, events };
}
