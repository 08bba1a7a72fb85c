/** Corrections, newest first, and the Atom feed of new facts and corrections. */
import type { GraphContext } from "./context.ts";
import type { CorrectionView, FactView, FeedEntry } from "./views.ts";

/** Atom wants a timestamp; our editorial dates are days. */
const atomTime = (day: string) => `${day}T00:00:00Z`;

export function correctionsOf(facts: FactView[]): Array<{ fact: FactView; correction: CorrectionView }> {
  return facts.flatMap((fact) => fact.corrections.map((correction) => ({ fact, correction }))).sort((a, b) => b.correction.on.localeCompare(a.correction.on));
}

export function buildFeed(ctx: GraphContext, facts: FactView[], corrections: Array<{ fact: FactView; correction: CorrectionView }>): { updated: string; entries: FeedEntry[] } {
  const entries: FeedEntry[] = [
    ...facts.map((f) => ({ id: f.absoluteUrl, title: `${f.owner.name}: ${f.text}`, url: f.absoluteUrl, updated: atomTime(f.added), contentHtml: `<p>${f.textHtml}</p>` })),
    ...corrections.map(({ fact, correction }) => ({
      id: `${fact.absoluteUrl}-correction-${correction.on}`,
      title: `Correction (${correction.onText}) — ${fact.owner.name}: ${fact.text}`,
      url: fact.absoluteUrl,
      updated: atomTime(correction.on),
      contentHtml: correction.noteHtml,
    })),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return { updated: entries[0]?.updated ?? atomTime(ctx.settings.published), entries };
}
