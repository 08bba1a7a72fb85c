/**
 * What every graph module shares: a link to each entity, citations and dates
 * as views, and the site's public address.
 */
import { displayNameOf, KINDS, type Citation, type DateClaim, type SiteSettings } from "../schema/index.ts";
import { absoluteUrl, entityPath } from "../shared/url-scheme.ts";
import type { LinkedData } from "../pipeline/link.ts";
import { dateView } from "./dates.ts";
import type { CitationView, DateView, EntityLink } from "./views.ts";

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
}

export function graphContext(linked: LinkedData, settings: SiteSettings, siteUrl: string): GraphContext {
  const absolute = (path: string) => absoluteUrl(siteUrl, path);
  const links = new Map<string, EntityLink>();
  for (const e of linked.entities) {
    const definition = KINDS[e.kind];
    const url = entityPath(definition.segment, e.entity.id);
    links.set(e.entity.id, {
      id: e.entity.id,
      name: displayNameOf(e.kind, e.entity),
      url,
      absoluteUrl: absolute(url),
      kind: e.kind,
      kindLabel: definition.label,
    });
  }
  // The link stage resolved every reference, so every id asked for here exists.
  const link = (id: string) => links.get(id)!;
  const citations = (list: Citation[] | undefined) => (list ?? []).map((c) => ({ source: link(c.source), quote: c.quote }));
  return {
    linked,
    settings,
    siteUrl,
    absolute,
    link,
    links: () => links.values(),
    citations,
    dateOf: (claim) => dateView(claim, citations("citations" in claim ? claim.citations : undefined)),
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
