/**
 * Derive: linked entities become the site graph, every page and file the site
 * publishes. Each part is its own module; this wires them together in order.
 */
import { KINDS, KIND_LIST, formatPartialDate, type EntityOf, type Kind, type QuotePositions, type Redirect, type SiteSettings } from "../schema/index.ts";
import type { NameShardCounts, OfflinePage } from "../shared/contracts.ts";
import type { LinkedData } from "../pipeline/link.ts";
import { graphContext } from "./context.ts";
import { indexFacts } from "./facts.ts";
import { relate } from "./relations.ts";
import { resolveRedirects, withFactPages } from "./redirects.ts";
import { entityPageUrls } from "./page-urls.ts";
import { buildPage, pageParts, type EntityPage, type PageParts } from "./pages/index.ts";
import { buildTimeline, type Timeline, type TimelineEvent } from "./timeline.ts";
import { buildFeed, correctionsOf } from "./feed.ts";
import { nameEntries, nameIndex, offlineText, type NameShard } from "./search.ts";
import type { NameEntry } from "../shared/names.ts";
import { buildDownloads } from "./downloads.ts";
import { CORRECTIONS_PATH, DATA_PATH, FEED_PATH, navigation, NETWORK_PATH, NOT_FOUND_PATH, pageMeta, SEARCH_PATH, TIMELINE_PATH } from "./page-meta.ts";
import { buildPictures, type SitePictures } from "./pictures/index.ts";
import { pictureSource, type PictureSource } from "./pictures/sources.ts";
import { siteCard } from "./previews.ts";
import { hostRedirectRules } from "./redirects.ts";
import type { CardSpec, Preview, CorrectionView, DataLicence, Download, DownloadFile, FactView, FeedEntry, NavEntry, PageMeta, RedirectPage, SummaryPart, TimelineEntry } from "./views.ts";

/** Which part of the site one Eleventy run renders: the build splits the entity pages across processes. */
export interface RenderShard {
  /** This run renders the pages that exist once (home, indexes, timeline…) as well as its slice of entity pages. */
  singletons: boolean;
}

export interface DeriveOptions {
  /** Absolute base URL of the deployed site, with its path prefix, e.g. https://example.org/ceasefire/. */
  siteUrl: string;
  /** Leave the pictures out (the benchmark measures what they cost). */
  pictures?: boolean;
  /** Where each cited passage sits in its article (QUOTE_POSITIONS_FILE), as verify last recorded it. */
  quotePositions?: QuotePositions;
  /**
   * False: `graph.pages` stays empty and the pages come from the result's
   * stream, built again a slice at a time as they are rendered. Every page's
   * view at once outgrows one heap at 100k entities; building one twice
   * costs less than holding it.
   */
  keepPages?: boolean;
}

/** Entity pages in data order, built on demand a slice at a time, with their pictures. */
export interface PageStream {
  count: number;
  slice(start: number, end: number): EntityPage[];
}

/** What the graph leaves to be made as the site is written: the entity pages (when not kept) and the download files. */
export interface Deferred {
  stream: PageStream;
  /** One file at a time: each is written and let go before the next is made. */
  downloadFiles(): Iterable<DownloadFile>;
}

/** What the site-wide parts keep of each page once the page itself is let go. */
interface Listed {
  kind: Kind;
  name: string;
  entity: EntityOf<Kind>;
  entry: IndexEntry;
  event?: TimelineEvent;
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
  fixed: Record<"home" | "timeline" | "network" | "search" | "corrections" | "data" | "notFound", PageMeta>;
  /** Every entity page, in data order, for pagination over all of them (pages and twins); empty when the derive streams them (`keepPages: false`). */
  pages: EntityPage[];
  indexes: IndexPage[];
  timeline: Timeline;
  /** The site-wide pictures; each page's own are on the page. */
  pictures?: SitePictures;
  counts: Array<{ label: string; count: number; url: string }>;
  recent: TimelineEntry[];
  corrections: Array<{ fact: FactView; correction: CorrectionView }>;
  feed: { updated: string; entries: FeedEntry[] };
  redirects: RedirectPage[];
  /** The redirects as a host's rules file (HOST_REDIRECTS_PATH), for hosts that redirect for real. */
  hostRedirects: string;
  /** The preview card of every page not about one entity (entity pages carry their own). */
  siteCard: CardSpec;
  downloads: Download[];
  dataLicence: DataLicence;
  /** Every URL and fact anchor this build publishes, redirect pages included: the permanence manifest. */
  publishedUrls: string[];
  /** Entity pages, their anchors and their facts' pages. */
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

/** The graph, the parts its pages were built from (a watching session rebuilds single pages from them), and the pages as a stream. */
export function deriveSite(
  linked: LinkedData,
  settings: SiteSettings,
  redirects: Redirect[],
  options: DeriveOptions,
): { graph: SiteGraph; parts: PageParts; picturesMs: number; deferred: Deferred } {
  const siteUrl = options.siteUrl.endsWith("/") ? options.siteUrl : options.siteUrl + "/";
  const keep = options.keepPages !== false;
  const ctx = graphContext(linked, settings, siteUrl, options.quotePositions ?? {});
  const nav = navigation();
  const facts = indexFacts(ctx);
  const relations = relate(ctx);
  const moved = resolveRedirects(ctx, withFactPages(redirects, new Set(facts.all.map((f) => f.id))));
  const parts = pageParts(ctx, facts, relations, moved, nav);

  // One pass over the pages gathers what the site-wide parts need of each; a page is kept only when asked.
  const kept: EntityPage[] = [];
  const listed: Listed[] = [];
  const sources: PictureSource[] = [];
  const names: NameEntry[] = [];
  const texts: OfflinePage[] = [];
  const pageSitemap: string[] = [];
  const redirectTargets = new Set(moved.pages.map((r) => r.to.split("#")[0]!));
  const targetPreviews = new Map<string, Preview>();
  for (const e of linked.entities) {
    const { page, event } = buildPage(e, parts);
    const entry = { url: page.url, name: page.name, aliasesText: page.aliases.length ? page.aliases.map((a) => a.name).join(", ") : undefined, summary: page.summary };
    listed.push({ kind: page.kind, name: page.name, entity: page.twin.data, entry, event });
    sources.push(pictureSource(page));
    names.push(...nameEntries([page]));
    texts.push(...offlineText([page]));
    pageSitemap.push(page.url, ...page.factPages.map((f) => f.url));
    if (redirectTargets.has(page.meta.url)) targetPreviews.set(page.meta.url, page.meta.preview);
    if (keep) kept.push(page);
  }
  const started = performance.now();
  const pictures = options.pictures === false ? undefined : buildPictures(sources, facts.all, linked);
  for (const page of kept) page.pictures = pictures?.of(page);
  const picturesMs = performance.now() - started;
  const stream: PageStream = {
    count: linked.entities.length,
    slice: keep
      ? (start, end) => kept.slice(start, end)
      : (start, end) =>
          linked.entities.slice(start, end).map((e) => {
            const { page } = buildPage(e, parts);
            page.pictures = pictures?.of(page);
            return page;
          }),
  };

  const description = ctx.plain(settings.description);
  const card = siteCard(ctx, description);
  const byKind = KIND_LIST.map((kind) => ({ kind, listed: listed.filter((l) => l.kind === kind).sort(byName) }));
  const indexes: IndexPage[] = byKind.map(({ kind, listed: list }) => {
    const url = `/${KINDS[kind].segment}/`;
    const title = KINDS[kind].plural;
    return {
      kind,
      title,
      url,
      meta: pageMeta(ctx, nav, url, title, `All ${list.length} ${title.toLowerCase()} in the fact sheets: ${list.slice(0, 3).map((p) => p.name).join(", ")}${list.length > 3 ? "…" : ""}`, card),
      pages: list.map((l) => l.entry),
    };
  });
  const entitiesOfKind = Object.fromEntries(byKind.map((k) => [k.kind, k.listed.map((l) => l.entity)])) as { [K in Kind]: Array<EntityOf<K>> };

  const timeline = buildTimeline(
    byKind.flatMap((k) => k.listed.flatMap((l) => (l.event ? [l.event] : []))),
    facts.all,
  );
  const corrections = correctionsOf(facts.all);
  const pageUrls = entityPageUrls(linked);
  const nameLayer = nameIndex(names);
  const fixed = {
    home: pageMeta(ctx, nav, "/", settings.title, description, card),
    timeline: pageMeta(ctx, nav, TIMELINE_PATH, "Timeline", "Every dated event in order, grouped by month.", card),
    network: pageMeta(ctx, nav, NETWORK_PATH, "Who met whom", "People and organizations joined by the meetings they shared.", card),
    search: pageMeta(ctx, nav, SEARCH_PATH, "Search", "Search people, proposals, meetings and quotes, by any spelling.", card),
    corrections: pageMeta(ctx, nav, CORRECTIONS_PATH, "Corrections", "Every correction to a published fact, newest first.", card),
    data: pageMeta(ctx, nav, DATA_PATH, "Download the data", "The whole dataset as JSON, and as CSV tables described by a Frictionless Data Package.", card),
    notFound: pageMeta(ctx, nav, NOT_FOUND_PATH, "Page not found", description, card),
  };

  // A moved URL previews as the page it moved to.
  const previews = new Map<string, Preview>([...targetPreviews, ...[...Object.values(fixed), ...indexes.map((i) => i.meta)].map((m) => [m.url, m.preview] as const)]);

  const data = buildDownloads(ctx, entitiesOfKind);
  const graph: SiteGraph = {
    site: {
      title: settings.title,
      descriptionHtml: ctx.inline(settings.description),
      description,
      published: settings.published,
      publishedText: formatPartialDate(settings.published),
      url: siteUrl,
      pathPrefix: new URL(siteUrl).pathname,
      feedUrl: ctx.absolute(FEED_PATH),
    },
    nav,
    fixed,
    pages: kept,
    indexes,
    timeline,
    pictures: pictures?.site,
    counts: [...indexes.map((i) => ({ label: i.title, count: i.pages.length, url: i.url })), { label: "Facts", count: facts.all.length, url: TIMELINE_PATH }],
    recent: timeline.months.flatMap((m) => m.entries).slice(-8).reverse(),
    corrections,
    feed: buildFeed(ctx, facts.all, corrections),
    redirects: moved.pages.map((r) => ({ ...r, preview: previews.get(r.to.split("#")[0]!) ?? fixed.home.preview })),
    hostRedirects: hostRedirectRules(moved.pages, new URL(siteUrl).pathname),
    siteCard: card,
    downloads: data.downloads,
    dataLicence: data.licence,
    publishedUrls: pageUrls.concat(moved.pages.map((r) => r.from)).sort(),
    pageUrls,
    sitemap: ["/", TIMELINE_PATH, NETWORK_PATH, SEARCH_PATH, CORRECTIONS_PATH, DATA_PATH, ...indexes.map((i) => i.url), ...pageSitemap].map(ctx.absolute),
    offlineText: texts,
    nameShards: nameLayer.shards,
    nameShardCounts: nameLayer.counts,
  };
  return { graph, parts, picturesMs, deferred: { stream, downloadFiles: data.files } };
}
