/**
 * What every graph module shares: a link to each entity, citations and dates
 * as views, and the site's public address.
 */
import { displayNameOf, formatPartialDate, KINDS, OUTLET_NOT_NAMED, QUALITY_LABEL_QUALIFIES_QUOTES, QUALITY_LABELS, type Citation, type DateClaim, type Kind, type QuotePositions, type SiteSettings, type Source } from "../schema/index.ts";
import { absoluteUrl, entityPath } from "../shared/url-scheme.ts";
import type { LinkedData } from "../pipeline/link.ts";
import { dateView } from "./dates.ts";
import { mentionsIn, proseRenderer } from "./markdown.ts";
import { plainText } from "./plain-text.ts";
import type { CitationView, DateView, EntityLink, SourceLabel } from "./views.ts";
import type { ValidEntity } from "../pipeline/validate.ts";
import { quoteKey } from "../pipeline/archive/archive.ts";

/** A source as readers know it: "Outlet, 12 October 2023", never its id or its file. */
export function sourceShortLabel(source: Source): string {
  const outlet = source.outlet.asStated ?? OUTLET_NOT_NAMED;
  const date = source.published.basis === "unknown" ? "date unknown" : formatPartialDate(source.published.on);
  return `${outlet}, ${date}`;
}

/** What a reader should weigh beside every citation of the source (an unnamed outlet is said by the short label itself). */
export function sourceLabels(source: Source): SourceLabel[] {
  return (source.quality ?? []).filter((q) => QUALITY_LABEL_QUALIFIES_QUOTES[q.label]).map((q) => ({ label: q.label, text: QUALITY_LABELS[q.label] }));
}

/** The name a link to the entity shows: a source's short label, every other kind's display name. */
export function linkNameOf({ kind, entity }: ValidEntity): string {
  return kind === "source" ? sourceShortLabel(entity as Source) : displayNameOf(kind as Kind, entity);
}

export interface GraphContext {
  linked: LinkedData;
  settings: SiteSettings;
  /** Absolute base URL with its path prefix and a trailing slash. */
  siteUrl: string;
  absolute(path: string): string;
  link(id: string): EntityLink;
  /** Every entity's link (one object per entity, shared by every view that shows it). */
  links(): Iterable<EntityLink>;
  citations(list: Citation[] | undefined): CitationView[];
  dateOf(claim: DateClaim): DateView;
  /** Markdown from data, `[[id]]` mentions shown as the entity's linked name. */
  inline(markdown: string): string;
  block(markdown: string): string;
  plain(markdown: string): string;
  /**
   * The entities `[[id]]` mentions name anywhere in `value` (a fact, an entity):
   * their links, so a watching session knows the page shows them.
   */
  mentions(value: unknown): EntityLink[];
  /** Where a cited passage starts in its article ([paragraph, character]), if verify recorded it. */
  positionOf(sourceId: string, quote: string): readonly [number, number] | undefined;
}

export function graphContext(linked: LinkedData, settings: SiteSettings, siteUrl: string, positions: QuotePositions = {}): GraphContext {
  const absolute = (path: string) => absoluteUrl(siteUrl, path);
  const links = new Map<string, EntityLink>();
  for (const e of linked.entities) {
    const definition = KINDS[e.kind];
    const url = entityPath(definition.segment, e.entity.id);
    links.set(e.entity.id, {
      id: e.entity.id,
      name: linkNameOf(e),
      url,
      absoluteUrl: absolute(url),
      kind: e.kind,
      kindLabel: definition.label,
      ...(e.kind === "source" ? { sourceLabels: sourceLabels(e.entity as Source) } : {}),
    });
  }
  // The link stage resolved every reference, so every id asked for here exists.
  const link = (id: string) => links.get(id)!;
  const citations = (list: Citation[] | undefined) => (list ?? []).map((c) => ({ source: link(c.source), quote: c.quote }));
  const prose = proseRenderer((id) => links.get(id));
  return {
    linked,
    settings,
    siteUrl,
    absolute,
    link,
    links: () => links.values(),
    citations,
    dateOf: (claim) => dateView(claim, citations("citations" in claim ? claim.citations : undefined), prose.block),
    inline: prose.inline,
    block: prose.block,
    plain: (markdown) => plainText(markdown, prose.inline),
    mentions: (value) => {
      const ids = new Set<string>();
      const visit = (v: unknown): void => {
        if (typeof v === "string") {
          if (v.includes("[[")) for (const id of mentionsIn(v)) ids.add(id);
        } else if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === "object") for (const key in v) visit((v as Record<string, unknown>)[key]);
      };
      visit(value);
      return [...ids].flatMap((id) => links.get(id) ?? []);
    },
    positionOf: (sourceId, quote) => positions[sourceId]?.[quoteKey(quote)],
  };
}

/** Each distinct value once, in first-seen order. */
export function unique<T>(list: Iterable<T>): T[] {
  return [...new Set(list)];
}

/** Appends to the list under `key`, creating it. */
export function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
