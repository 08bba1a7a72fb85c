/**
 * Every id the page shell and the entity pages define themselves. Fact and
 * disagreement ids become anchors on the same pages, so none may equal one of
 * these (a fact called "main" would send its links to the page's <main>): the
 * templates take their ids from this list and the data check refuses them.
 */
import { MOVED_ANCHORS_ID } from "./contracts.ts";

export const PAGE_IDS = {
  cite: "cite",
  citeHeading: "cite-heading",
  citingFacts: "citing-facts",
  excluded: "excluded",
  facts: "facts",
  factsElsewhere: "facts-elsewhere",
  main: "main",
  meetings: "meetings",
  mentionedIn: "mentioned-in",
  movedAnchors: MOVED_ANCHORS_ID,
  movedFacts: "moved-facts",
  names: "names",
  outcomes: "outcomes",
  participants: "participants",
  parts: "parts",
  people: "people",
  positions: "positions",
  proposals: "proposals",
  quality: "quality",
  relatedProposals: "related-proposals",
  roles: "roles",
  siteSearchQ: "site-search-q",
  sourcesSection: "sources-section",
  statements: "statements",
  stickingPoints: "sticking-points",
  terms: "terms",
  topics: "topics",
  whereSourcesDisagree: "where-sources-disagree",
} as const;

export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(PAGE_IDS));

/** Families of ids the pages make up as they go: the Cite panel's formats (cite-bibtex…) and the pictures' parts (picture-timeline-title, pic-hatch…). */
export const RESERVED_ID_PREFIXES = ["cite-", "picture-", "pic-"] as const;

export const isReservedId = (id: string): boolean => RESERVED_IDS.has(id) || RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
