/**
 * The site graph: everything a template needs, already resolved, sorted and
 * formatted. Fields ending in `Html` hold markup rendered from markdown with raw
 * HTML disabled; every other string is plain text that templates escape.
 */
import type { EntityKind, Entity, DateClaim } from "../schema/index.ts";

export interface EntityLink {
  id: string;
  name: string;
  url: string;
  /** The page's full public URL, for paper and for citations. */
  absoluteUrl: string;
  kind: EntityKind;
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
  basis: DateClaim["basis"];
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

export interface PageBase {
  kind: EntityKind;
  kindLabel: string;
  id: string;
  name: string;
  url: string;
  twinUrl: string;
  link: EntityLink;
  description: string;
  aliases: AliasView[];
  facts: FactView[];
  /** Facts on other pages that name this entity in `about`. */
  aboutFacts: FactView[];
  disagreements: DisagreementView[];
  mentionedIn: EntityLink[];
  sources: EntityLink[];
  moved: MovedAnchor[];
  facets: SearchFacets;
  jsonLd: Record<string, unknown>;
  twin: { type: EntityKind; url: string; page: string; data: Entity; mentionedIn: string[] };
}

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
  statusLabel: string;
}

export interface ProposalInvolvement {
  proposal: EntityLink;
  relation: string;
}

export interface PersonPage extends PageBase {
  kind: "person";
  roles: RoleView[];
  meetings: Attendance[];
  proposals: ProposalInvolvement[];
  statements: FactView[];
}

export interface OrganizationPage extends PageBase {
  kind: "organization";
  orgKindLabel: string;
  parent?: EntityLink;
  children: EntityLink[];
  people: Array<{ person: EntityLink; title: string }>;
  meetings: Attendance[];
  proposals: ProposalInvolvement[];
  statements: FactView[];
}

export interface ProposalPage extends PageBase {
  kind: "proposal";
  proposalKindLabel: string;
  proposedBy: EntityLink[];
  date?: DateView;
  status: { value: string; label: string; noteHtml?: string; citations: CitationView[] };
  terms: FactView[];
  positions: FactView[];
  stickingPoints: FactView[];
  counterproposalOf?: EntityLink;
  counterproposals: EntityLink[];
  supersededBy?: EntityLink;
  supersedes: EntityLink[];
  related: EntityLink[];
  meetings: Attendance[];
}

export interface ParticipantView {
  entity: EntityLink;
  role?: string;
  citations: CitationView[];
}

export interface MeetingPage extends PageBase {
  kind: "meeting";
  formatLabel: string;
  status: string;
  statusLabel: string;
  date: DateView;
  end?: DateView;
  place?: { name: string; citations: CitationView[] };
  participants: ParticipantView[];
  topics: FactView[];
  outcomes: FactView[];
  statements: FactView[];
  proposals: EntityLink[];
}

export interface SourcePage extends PageBase {
  kind: "source";
  title: string;
  outlet: { asStated?: string; organization?: EntityLink; noteHtml?: string };
  published: DateView;
  language?: string;
  quality: Array<{ label: string; labelText: string; noteHtml: string }>;
  excluded: Array<{ quote: string; reasonHtml: string }>;
  archive: { file: string; sha256: string };
  /** Each fact citing this source, with the passages it quotes from it. */
  citingFacts: Array<{ fact: FactView; quotes: string[] }>;
}

export type EntityPage = PersonPage | OrganizationPage | ProposalPage | MeetingPage | SourcePage;

export interface TimelineEntry {
  date: DateView;
  title: string;
  url: string;
  kindLabel: string;
  owner?: EntityLink;
  people: string[];
}

export interface TimelineMonth {
  key: string;
  label: string;
  entries: TimelineEntry[];
}

export interface RedirectPage {
  from: string;
  to: string;
  reasonHtml: string;
  /** Anchors on the vanished page that moved elsewhere. */
  anchors: Record<string, string>;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  contentHtml: string;
}

export interface CsvFile {
  name: string;
  url: string;
  rows: number;
  content: string;
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
  };
  people: PersonPage[];
  organizations: OrganizationPage[];
  proposals: ProposalPage[];
  meetings: MeetingPage[];
  sources: SourcePage[];
  /** Every entity page, for pagination over all of them (twins). */
  pages: EntityPage[];
  indexes: Array<{ folder: string; title: string; url: string; pages: EntityPage[] }>;
  timeline: { months: TimelineMonth[]; undated: TimelineEntry[]; people: EntityLink[] };
  counts: Array<{ label: string; count: number; url: string }>;
  recent: TimelineEntry[];
  corrections: Array<{ fact: FactView; correction: CorrectionView }>;
  feed: { updated: string; entries: FeedEntry[] };
  redirects: RedirectPage[];
  csv: CsvFile[];
  dataset: Record<string, unknown>;
  /** Every URL and fact anchor this build publishes, redirect pages included: the permanence manifest. */
  publishedUrls: string[];
  /** Entity pages and their anchors only. */
  pageUrls: string[];
  sitemap: string[];
  /** Page text for the search that runs when the site is opened from disk. */
  offlineText: Array<{ url: string; title: string; type: string; names: string[]; text: string }>;
  /**
   * Names for typo-tolerant search: canonical names of people and organizations and every
   * alias, in shards by the first letter of each word, so a search loads only what it needs.
   */
  nameShards: Array<{ key: string; entries: Array<{ n: string; c?: string; u: string; t: string }> }>;
}
