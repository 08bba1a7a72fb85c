/**
 * Derive: linked entities become the site graph, every page and file the site
 * publishes. Each part is its own module; this wires them together in order.
 */
import { KINDS, KIND_LIST, formatPartialDate, type EntityOf, type Kind, type Redirect, type SiteSettings } from "../schema/index.ts";
import { anchorPath } from "../shared/url-scheme.ts";
import type { NameShardCounts, OfflinePage } from "../shared/contracts.ts";
import type { LinkedData } from "../pipeline/link.ts";
import { graphContext } from "./context.ts";
import { renderInline } from "./markdown.ts";
import { plainText } from "./plain-text.ts";
import { indexFacts } from "./facts.ts";
import { relate } from "./relations.ts";
import { resolveRedirects } from "./redirects.ts";
import { buildPages, pageParts, type EntityPage, type PageParts } from "./pages/index.ts";
import { buildTimeline, type Timeline } from "./timeline.ts";
import { buildFeed, correctionsOf } from "./feed.ts";
import { nameEntries, nameIndex, offlineText, type NameShard } from "./search.ts";
import { buildDownloads } from "./downloads.ts";
import { CORRECTIONS_PATH, DATA_PATH, FEED_PATH, navigation, NOT_FOUND_PATH, pageMeta, SEARCH_PATH, TIMELINE_PATH } from "./page-meta.ts";
import type { CorrectionView, DataLicence, Download, FactView, FeedEntry, NavEntry, PageMeta, RedirectPage, SummaryPart, TimelineEntry } from "./views.ts";

/** Which part of the site one Eleventy run renders: the build splits the entity pages across processes. */
export interface RenderShard {
  /** This run renders the pages that exist once (home, indexes, timeline…) as well as its slice of entity pages. */
  singletons: boolean;
}

export interface DeriveOptions {
  /** Absolute base URL of the deployed site, with its path prefix, e.g. https://example.org/ceasefire/. */
  siteUrl: string;
}

/** One line of an index page: enough to list the entity, not its whole page. */
export interface IndexEntry {
  url: string;
  name: string;
  /** The other names it goes by, joined for display, when it has any. */
  aliasesText?: string;
  summary: SummaryPart[];
}

export interface IndexPage {
  kind: Kind;
  title: string;
  url: string;
  meta: PageMeta;
  pages: IndexEntry[];
}

export interface SiteGraph {
  site: {
    title: string;
    descriptionHtml: string;
    description: string;
    published: string;
    publishedText: string;
    /** Absolute base URL, with the path prefix and a trailing slash. */
    url: string;
    pathPrefix: string;
    feedUrl: string;
  };
  nav: NavEntry[];
  /** The pages that are not about one entity. */
  fixed: Record<"home" | "timeline" | "search" | "corrections" | "data" | "notFound", PageMeta>;
  /** Every entity page, in data order, for pagination over all of them (pages and twins). */
  pages: EntityPage[];
  indexes: IndexPage[];
  timeline: Timeline;
  counts: Array<{ label: string; count: number; url: string }>;
  recent: TimelineEntry[];
  corrections: Array<{ fact: FactView; correction: CorrectionView }>;
  feed: { updated: string; entries: FeedEntry[] };
  redirects: RedirectPage[];
  downloads: Download[];
  dataLicence: DataLicence;
  /** Every URL and fact anchor this build publishes, redirect pages included: the permanence manifest. */
  publishedUrls: string[];
  /** Entity pages and their anchors only. */
  pageUrls: string[];
  sitemap: string[];
  /** Page text for the search that runs when the site is opened from disk. */
  offlineText: OfflinePage[];
  /** The names layer, in shards, so a search loads only what its words need, and how many of each kind. */
  nameShards: NameShard[];
  nameShardCounts: NameShardCounts;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

export function deriveSiteGraph(linked: LinkedData, settings: SiteSettings, redirects: Redirect[], options: DeriveOptions): SiteGraph {
  return deriveSite(linked, settings, redirects, options).graph;
}

/** The graph, and the parts its pages were built from (a watching session rebuilds single pages from them). */
export function deriveSite(linked: LinkedData, settings: SiteSettings, redirects: Redirect[], options: DeriveOptions): { graph: SiteGraph; parts: PageParts } {
  const siteUrl = options.siteUrl.endsWith("/") ? options.siteUrl : options.siteUrl + "/";
  const ctx = graphContext(linked, settings, siteUrl);
  const nav = navigation();
  const facts = indexFacts(ctx);
  const relations = relate(ctx);
  const moved = resolveRedirects(ctx, redirects);
  const parts = pageParts(ctx, facts, relations, moved.moved, nav);
  const { pages, events } = buildPages(parts);

  const byKind = KIND_LIST.map((kind) => ({ kind, pages: pages.filter((p) => p.kind === kind).sort(byName) }));
  const indexes: IndexPage[] = byKind.map(({ kind, pages: list }) => {
    const url = `/${KINDS[kind].segment}/`;
    const title = KINDS[kind].plural;
    return {
      kind,
      title,
      url,
      meta: pageMeta(ctx, nav, url, title, `All ${list.length} ${title.toLowerCase()} in the fact sheets.`),
      pages: list.map((p) => ({ url: p.url, name: p.name, aliasesText: p.aliases.length ? p.aliases.map((a) => a.name).join(", ") : undefined, summary: p.summary })),
    };
  });
  const entitiesOfKind = Object.fromEntries(byKind.map((k) => [k.kind, k.pages.map((p) => p.twin.data)])) as { [K in Kind]: Array<EntityOf<K>> };

  const timeline = buildTimeline(
    byKind.flatMap((k) => k.pages.flatMap((p) => events.get(p.id) ?? [])),
    facts.all,
  );
  const corrections = correctionsOf(facts.all);
  const pageUrls = pages.flatMap((p) => [p.url, ...[...p.ownFacts, ...p.disagreements].map((a) => anchorPath(p.url, a.id))]).sort();
  const description = plainText(settings.description);
  const names = nameIndex(nameEntries(pages));
  const fixed = {
    home: pageMeta(ctx, nav, "/", settings.title, description),
    timeline: pageMeta(ctx, nav, TIMELINE_PATH, "Timeline", "Every dated event in order, grouped by month."),
    search: pageMeta(ctx, nav, SEARCH_PATH, "Search", "Search people, proposals, meetings and quotes, by any spelling."),
    corrections: pageMeta(ctx, nav, CORRECTIONS_PATH, "Corrections", "Every correction to a published fact, newest first."),
    data: pageMeta(ctx, nav, DATA_PATH, "Download the data", "The whole dataset as JSON, and as CSV tables described by a Frictionless Data Package."),
    notFound: pageMeta(ctx, nav, NOT_FOUND_PATH, "Page not found", description),
  };

  const data = buildDownloads(ctx, entitiesOfKind);
  const graph: SiteGraph = {
    site: {
      title: settings.title,
      descriptionHtml: renderInline(settings.description),
      description,
      published: settings.published,
      publishedText: formatPartialDate(settings.published),
      url: siteUrl,
      pathPrefix: new URL(siteUrl).pathname,
      feedUrl: ctx.absolute(FEED_PATH),
    },
    nav,
    fixed,
    pages,
    indexes,
    timeline,
    counts: [...indexes.map((i) => ({ label: i.title, count: i.pages.length, url: i.url })), { label: "Facts", count: facts.all.length, url: TIMELINE_PATH }],
    recent: timeline.months.flatMap((m) => m.entries).slice(-8).reverse(),
    corrections,
    feed: buildFeed(ctx, facts.all, corrections),
    redirects: moved.pages,
    downloads: data.downloads,
    dataLicence: data.licence,
    publishedUrls: pageUrls.concat(moved.pages.map((r) => r.from)).sort(),
    pageUrls,
    sitemap: ["/", TIMELINE_PATH, SEARCH_PATH, CORRECTIONS_PATH, DATA_PATH, ...indexes.map((i) => i.url), ...pages.map((p) => p.url)].map(ctx.absolute),
    offlineText: offlineText(pages),
    nameShards: names.shards,
    nameShardCounts: names.counts,
  };
  return { graph, parts };
}
