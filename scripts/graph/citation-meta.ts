/** The head metadata reference managers read, from the same version dates the citations give. */
import type { GraphContext } from "./context.ts";
import type { CitationMeta } from "./views.ts";

const highwireDate = (iso: string) => iso.replace(/-/g, "/");

export function citationMeta(ctx: GraphContext, title: string, absoluteUrl: string, first: string, version: string): CitationMeta {
  return {
    title,
    publicationDate: highwireDate(version),
    onlineDate: highwireDate(first),
    isoDate: version,
    url: absoluteUrl,
    publisher: ctx.settings.title,
  };
}

/** ISO days sort as strings. */
export function latestDay(days: Iterable<string>, from: string): string {
  let latest = from;
  for (const day of days) if (day > latest) latest = day;
  return latest;
}
