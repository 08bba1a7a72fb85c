/**
 * Every fact becomes a view once, in one pass, and is indexed by the pages that
 * list it elsewhere: by speaker, by the entities it is about, by cited source.
 */
import { factSectionsOf, type Fact, type Position } from "../schema/index.ts";
import { anchorPath, factPath } from "../shared/url-scheme.ts";
import { STANCE_LABELS } from "../schema/index.ts";
import { formatPartialDate } from "../schema/partial-date.ts";
import { push, unique, type GraphContext } from "./context.ts";
import { factWork, plainCitation } from "./citation-formats.ts";
import { latestDay } from "./citation-meta.ts";
import type { FactView } from "./views.ts";
import type { ValidEntity } from "../pipeline/validate.ts";

export interface FactIndex {
  /** Each entity's facts, by section field, in page order. */
  sectionsOf: Map<string, Map<string, FactView[]>>;
  /** Every fact, in data order. */
  all: FactView[];
  bySpeaker: Map<string, FactView[]>;
  /** Facts on other pages that name an entity in `about`. */
  about: Map<string, FactView[]>;
  citing: Map<string, FactView[]>;
}

/** One entity's facts as views, by section field, in page order. */
export function factSectionsFor(ctx: GraphContext, { kind, entity }: ValidEntity): Map<string, FactView[]> {
  const owner = ctx.link(entity.id);
  const sections = new Map<string, FactView[]>();
  for (const [field, itemLabel] of factSectionsOf(kind)) {
    const list = ((entity as Record<string, unknown>)[field] as Array<Fact | Position> | undefined) ?? [];
    sections.set(
      field,
      list.map((fact) => {
        const url = anchorPath(owner.url, fact.id);
        const pageUrl = factPath(fact.id);
        const text = ctx.plain(fact.text);
        const citations = ctx.citations(fact.citations);
        const corrections = (fact.corrections ?? []).map((c) => ({ on: c.on, onText: formatPartialDate(c.on), noteHtml: ctx.block(c.note) }));
        const added = fact.added ?? entity.added ?? ctx.settings.published;
        const version = latestDay(corrections.map((c) => c.on), added);
        const view = {
          id: fact.id,
          url,
          absoluteUrl: ctx.absolute(url),
          pageUrl,
          pageAbsoluteUrl: ctx.absolute(pageUrl),
          text,
          textHtml: ctx.inline(fact.text),
          section: itemLabel,
          owner,
          speaker: fact.speaker ? ctx.link(fact.speaker) : undefined,
          date: fact.date ? ctx.dateOf(fact.date) : undefined,
          about: (fact.about ?? []).filter((id) => id !== entity.id).map(ctx.link),
          citations,
          noteHtml: fact.note ? ctx.block(fact.note) : undefined,
          corrections,
          added,
          version,
          versionText: formatPartialDate(version),
          party: "party" in fact ? ctx.link(fact.party) : undefined,
          stance: "stance" in fact ? STANCE_LABELS[fact.stance] : undefined,
          mentions: ctx.mentions(fact),
        };
        return { ...view, citationTemplate: plainCitation(ctx, factWork(view)) } satisfies FactView;
      }),
    );
  }
  return sections;
}

export function indexFacts(ctx: GraphContext): FactIndex {
  const index: FactIndex = { sectionsOf: new Map(), all: [], bySpeaker: new Map(), about: new Map(), citing: new Map() };
  for (const e of ctx.linked.entities) {
    const sections = factSectionsFor(ctx, e);
    index.sectionsOf.set(e.entity.id, sections);
    for (const view of [...sections.values()].flat()) {
      index.all.push(view);
      if (view.speaker) push(index.bySpeaker, view.speaker.id, view);
      for (const about of view.about) push(index.about, about.id, view);
      for (const source of unique(view.citations.map((c) => c.source.id))) push(index.citing, source, view);
    }
  }
  return index;
}
