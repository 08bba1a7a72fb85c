/**
 * The site graph's shapes: everything a template needs, already resolved,
 * sorted and formatted. Fields ending in `Html` hold markup rendered from
 * markdown with raw HTML disabled; every other string is plain text that
 * templates escape. The pages' own shapes are inferred from their builders
 * (pages.ts), and the whole graph's is declared where it is assembled (site-graph.ts).
 */
import type { DateBasis, Kind } from "../schema/index.ts";

export interface EntityLink {
  id: string;
  name: string;
  url: string;
  /** The page's full public URL, for paper and for citations. */
  absoluteUrl: string;
  kind: Kind;
  kindLabel: string;
  /** For a source: the quality labels every citation of it shows (machine-translated, syndicated copy…). */
  sourceLabels?: SourceLabel[];
}

export interface SourceLabel {
  /** The quality label's value; it names the CSS class. */
  label: string;
  text: string;
}

export interface CitationView {
  source: EntityLink;
  quote: string;
}

export interface DateView {
  on?: string;
  text: string;
  precision: "year" | "month" | "day" | "unknown";
  basis: DateBasis;
  basisLabel: string;
  /** Not stated by a source at day precision: the page marks it. */
  uncertain: boolean;
  explanationHtml?: string;
  citations: CitationView[];
  sortKey: string;
}

export interface CorrectionView {
  on: string;
  onText: string;
  noteHtml: string;
}

export interface FactView {
  id: string;
  /** The fact's anchor on its entity's page. */
  url: string;
  absoluteUrl: string;
  /** The fact's own page. */
  pageUrl: string;
  pageAbsoluteUrl: string;
  text: string;
  textHtml: string;
  /** What the fact is on its page, e.g. "Fact", "Term", "Statement". */
  section: string;
  owner: EntityLink;
  speaker?: EntityLink;
  date?: DateView;
  about: EntityLink[];
  citations: CitationView[];
  noteHtml?: string;
  corrections: CorrectionView[];
  added: string;
  /** The day the fact last changed (added, or its latest correction): a citation names the version it read. */
  version: string;
  versionText: string;
  /** For positions on a proposal. */
  party?: EntityLink;
  stance?: string;
  /** The plain-text citation a reader pastes, with its access date as a token the browser fills. */
  citationTemplate: string;
  /** Entities its prose names as `[[id]]` (shown as their names): the pages that show it depend on them. */
  mentions: EntityLink[];
}

export interface DisagreementView {
  id: string;
  url: string;
  topicHtml: string;
  readings: Array<{ textHtml: string; preferred: boolean; citations: CitationView[] }>;
  resolutionHtml: string;
}

export interface AliasView {
  name: string;
  kindLabel: string;
  sources: EntityLink[];
  noteHtml?: string;
}

export interface MovedAnchor {
  id: string;
  to: string;
  reasonHtml: string;
}

export interface SearchFacets {
  type: string;
  year: string[];
  people: string[];
  organizations: string[];
  date?: string;
  sortDate?: string;
  role?: string;
}

/** What a link to the page previews as (Open Graph, Twitter cards). */
export interface Preview {
  title: string;
  description: string;
  /** og:type: "profile" for a person, "article" for any other entity, "website" for the rest. */
  type: "website" | "article" | "profile";
  siteName: string;
  image: { url: string; width: number; height: number; alt: string };
}

/** What a preview card image shows, laid out and rendered by the site layer. */
export interface CardSpec {
  /** Where the PNG is published: a site path under /cards/. */
  path: string;
  kindLabel: string;
  title: string;
  /** A line under the title: a role, a date and status, an outlet. */
  subtitle: string;
  siteTitle: string;
}

/** What the page shell needs to know about any page. */
export interface PageMeta {
  /** The page's site path, e.g. /people/joe-biden/. */
  url: string;
  canonicalUrl: string;
  /** The <title>: the page's title and the site's. */
  documentTitle: string;
  description: string;
  /** The navigation entry this page belongs under, marked as current. */
  currentNav?: string;
  /** Pages served at any depth (the 404 page) resolve their links against the site's root. */
  baseHref?: string;
  preview: Preview;
  /** What a reference manager reads from the head (entity and fact pages). */
  citation?: CitationMeta;
}

/** Highwire Press `citation_*` and Dublin Core values, as Zotero's connector reads them. */
export interface CitationMeta {
  title: string;
  /** The version cited, YYYY/MM/DD as Highwire writes dates. */
  publicationDate: string;
  /** The day it was first published, YYYY/MM/DD. */
  onlineDate: string;
  /** The version cited, as an ISO day, for Dublin Core. */
  isoDate: string;
  url: string;
  publisher: string;
}

export interface NavEntry {
  url: string;
  label: string;
}

/** One part of a page's summary line: text, or a date shown with its basis. */
export type SummaryPart = string | DateView;

export interface RoleView {
  title: string;
  organization?: EntityLink;
  spanText?: string;
  citations: CitationView[];
}

export interface Attendance {
  meeting: EntityLink;
  date: DateView;
  role?: string;
  /** Set when the meeting was not held: "Scheduled", "Cancelled". */
  statusNote?: string;
}

export interface ProposalInvolvement {
  proposal: EntityLink;
  relation: string;
}

export interface ParticipantView {
  entity: EntityLink;
  role?: string;
  citations: CitationView[];
}

export interface TimelineEntry {
  date: DateView;
  title: string;
  url: string;
  kindLabel: string;
  owner?: EntityLink;
  /** Ids of the people involved, space-separated, for the reader-side filter. */
  people: string;
}

export interface TimelineMonth {
  /** The anchor of the month's heading. */
  id: string;
  label: string;
  entries: TimelineEntry[];
}

export interface RedirectPage {
  from: string;
  to: string;
  /** The target relative to the redirect page, so it works under any prefix and from disk. */
  relativeTo: string;
  canonicalUrl: string;
  reasonHtml: string;
  /** Anchors on the vanished page that moved elsewhere, with targets relative to it. */
  anchors: Record<string, string>;
  /** A shared link to the old address previews as the page it moved to. */
  preview: Preview;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** An Atom timestamp. */
  updated: string;
  contentHtml: string;
}

/** A file on the data page: its URL, what the page says of it, and its contents. */
/** A download as the data page lists it. */
export interface Download {
  url: string;
  fileName: string;
  summary: string;
}

/** A download's content, made only when it is written, in pieces (a CSV row, an entity of the dataset) so it is never whole in memory. */
export interface DownloadFile {
  url: string;
  pieces: Iterable<string>;
}

/** The licence the data is offered under, as the data page states it. */
export interface DataLicence {
  text: string;
  title?: string;
  url?: string;
}

