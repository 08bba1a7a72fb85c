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
  url: string;
  absoluteUrl: string;
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
  /** For positions on a proposal. */
  party?: EntityLink;
  stance?: string;
  /** A ready-made citation a reader can paste. */
  citationText: string;
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
export interface Download {
  url: string;
  fileName: string;
  summary: string;
  body: string;
}

/** The licence the data is offered under, as the data page states it. */
export interface DataLicence {
  text: string;
  title?: string;
  url?: string;
}

