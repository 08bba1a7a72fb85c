/**
 * A page per fact, at /facts/<fact-id>/: the fact with everything that backs
 * it, the disagreements it is part of, and how to cite it. Fact pages belong to
 * their entity's page (EntityPage.factPages), so they render in its shard and
 * a watching session re-renders them with it.
 */
import { citePanel, factWork, type CitePanelView } from "./citation-formats.ts";
import { citationMeta } from "./citation-meta.ts";
import { pageMeta } from "./page-meta.ts";
import type { GraphContext } from "./context.ts";
import type { CardSpec, CitationView, DisagreementView, FactView, NavEntry, PageMeta } from "./views.ts";

export interface FactPage {
  url: string;
  meta: PageMeta;
  fact: FactView;
  /** How precise the fact's date is: "to the day", "to the month", "to the year". */
  precisionText?: string;
  /** Disagreements on the same page that rest on a passage this fact cites. */
  disagreements: DisagreementView[];
  cite: CitePanelView;
}

const PRECISION_TEXT = { day: "to the day", month: "to the month", year: "to the year" } as const;

// Curly and straight quote marks and runs of whitespace differ between copies of one passage.
const folded = (quote: string) => quote.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

function sharesPassage(a: CitationView, b: CitationView): boolean {
  if (a.source.id !== b.source.id) return false;
  const [x, y] = [folded(a.quote), folded(b.quote)];
  return x.includes(y) || y.includes(x);
}

function takesPart(fact: FactView, d: DisagreementView): boolean {
  return d.readings.some((r) => r.citations.some((rc) => fact.citations.some((fc) => sharesPassage(fc, rc))));
}

/** `card`: the owner's link-preview card, which a fact's page shares. */
export function factPagesOf(ctx: GraphContext, nav: NavEntry[], facts: FactView[], disagreements: DisagreementView[], card: CardSpec): FactPage[] {
  return facts.map((fact) => ({
    url: fact.pageUrl,
    meta: {
      // A shared link previews as the fact itself: its words, whose it is and when.
      ...pageMeta(ctx, nav, fact.pageUrl, fact.text, `${fact.text} (${fact.section} on ${fact.owner.name}${fact.date ? `, ${fact.date.text}` : ""})`, card, "article"),
      citation: citationMeta(ctx, fact.text, fact.pageAbsoluteUrl, fact.added, fact.version),
    },
    fact,
    precisionText: fact.date && fact.date.precision !== "unknown" ? PRECISION_TEXT[fact.date.precision] : undefined,
    disagreements: disagreements.filter((d) => takesPart(fact, d)),
    cite: citePanel(ctx, "Cite this fact", factWork(fact)),
  }));
}
