/**
 * Every picture the site draws, laid out at build: the timeline chart, who met
 * whom and the proposals' lineage, for the whole site and for each page. Each
 * carries its links as the shared EntityLink objects, so a watching session
 * knows which pages a change redraws.
 */
import type { LinkedData } from "../../pipeline/link.ts";
import type { PictureSource } from "./sources.ts";
import type { EntityLink, FactView } from "../views.ts";
import { busiestActors, chartEvents, eventsOf, type ChartEvents } from "./events.ts";
import { largestLineages, lineageAround, lineageIndex, lineagePicture, type LineagePicture } from "./lineage.ts";
import { mostConnected, neighbourhood, networkIndex, networkPicture, type NetworkIndex, type NetworkPicture } from "./network.ts";
import { timelineChart, type TimelineChart } from "./timeline-chart.ts";

export type { TimelineChart } from "./timeline-chart.ts";
export type { NetworkPicture } from "./network.ts";
export type { LineagePicture } from "./lineage.ts";

/** The anchors of the pictures on a page. */
export const PICTURE_ANCHORS = { timeline: "picture-timeline", network: "picture-network", lineage: "picture-lineage" } as const;

export interface EntityPictures {
  timeline?: TimelineChart;
  network?: NetworkPicture;
  /** Shared by every proposal in a small lineage: `current` says which one the page is about. */
  lineage?: LineagePicture;
  current: EntityLink;
}

export interface NetworkPage {
  main?: NetworkPicture;
  /** The same picture for each year's meetings. */
  years: Array<{ year: string; picture: NetworkPicture }>;
  /** The most connected people and organizations, each linking to the neighbourhood on its page. */
  actors: Array<{ link: EntityLink; url: string; meetings: number }>;
  /** How many people and organizations met anyone at all. */
  total: number;
}

export interface SitePictures {
  timeline?: TimelineChart;
  network: NetworkPage;
  lineage?: LineagePicture;
  /** Proposals in a lineage that the index picture leaves out. */
  lineageLeftOut: number;
}

/** Per-page pictures stay small enough to read. */
const PAGE_NODES = 30;
/** Around a proposal in a lineage too large to draw whole: dagre's cost grows faster than the proposals. */
const PAGE_LINEAGE_NEAREST = 12;
const SITE_NETWORK_NODES = 60;
const YEAR_NETWORK_NODES = 40;
const SITE_LINEAGE_NODES = 60;
const TIMELINE_LANES = 8;
const PAGE_LANES = 3;
/** Marks a lane draws one by one before it becomes bars per month: fewer on an entity's page, where the picture is an aside. */
const PAGE_MARKS = 40;
const TIMELINE_MARKS = 90;

export function timelinePath(monthKey: string): string {
  return `/timeline/#month-${monthKey}`;
}

/** Ids of entities whose sources disagree about the entity's own date. */
export function disputedDates(linked: LinkedData): Set<string> {
  return new Set(linked.entities.filter((e) => e.entity.disagreements?.some((d) => d.aboutDate)).map((e) => e.entity.id));
}

function entityTimeline(events: ChartEvents, page: PictureSource): TimelineChart | undefined {
  const own = events.involving.get(page.id) ?? [];
  if (!own.length) return undefined;
  const others = busiestActors(own, PAGE_LANES, page.id);
  return timelineChart({
    id: PICTURE_ANCHORS.timeline,
    title: `${page.name} on a time line`,
    lanes: [{ actor: page.link, label: page.name, events: own }, ...others.map((a) => ({ actor: a, label: `with ${a.name}`, events: eventsOf(own, a) }))],
    maxMarks: PAGE_MARKS,
    monthWidth: 40,
    minWidth: 320,
    maxWidth: 1600,
    monthUrl: timelinePath,
  });
}

function siteNetwork(pages: readonly PictureSource[], index: NetworkIndex): NetworkPage {
  const main = mostConnected(index, SITE_NETWORK_NODES);
  const years = [...new Set(pages.flatMap((p) => (p.kind === "meeting" && p.date.on ? [p.date.on.slice(0, 4)] : [])))].sort();
  const withCounts = mostConnected(index, 100).map((link) => ({
    link,
    url: `${link.url}#${PICTURE_ANCHORS.network}`,
    meetings: new Set([...(index.met.get(link.id)?.values() ?? [])].flat().map((m) => m.link)).size,
  }));
  return {
    main: main.length > 1 ? networkPicture(index, main, { id: "network-all", title: "Who met whom", width: 960, height: 680, ticks: 200 }) : undefined,
    years: years.flatMap((year) => {
      const ofYear = networkIndex(pages, year);
      const members = mostConnected(ofYear, YEAR_NETWORK_NODES);
      return members.length > 1 ? [{ year, picture: networkPicture(ofYear, members, { id: `network-${year}`, title: `Who met whom in ${year}`, width: 880, height: 600, ticks: 160 }) }] : [];
    }),
    actors: withCounts,
    total: index.met.size,
  };
}

/** The site's pictures, and a function that lays out one page's (called as each slice of pages is built). */
export interface PictureLayout {
  site: SitePictures;
  of(page: PictureSource): EntityPictures | undefined;
}

export function buildPictures(pages: readonly PictureSource[], facts: FactView[], linked: LinkedData): PictureLayout {
  const events = chartEvents(pages, facts, disputedDates(linked));
  const network = networkIndex(pages);
  const lineage = lineageIndex(pages);
  // A lineage small enough to show whole is laid out once and shared by all its proposals.
  const shared = new Map<string, LineagePicture>();
  const of = (page: PictureSource): EntityPictures | undefined => {
    if (page.kind === "person" || page.kind === "organization") {
      const members = neighbourhood(network, page.link, PAGE_NODES);
      return {
        timeline: entityTimeline(events, page),
        current: page.link,
        network: members ? networkPicture(network, members, { id: PICTURE_ANCHORS.network, title: `Who ${page.name} met`, current: page.link, width: 640, height: 420, ticks: 16, alpha: 0.5 }) : undefined,
      };
    }
    if (page.kind !== "proposal") return undefined;
    // A whole lineage when it is small (one layout for all its proposals), else the nearest few around this one.
    const whole = lineageAround(lineage, page.id, PAGE_NODES + 1);
    const ids = whole && whole.length > PAGE_NODES ? lineageAround(lineage, page.id, PAGE_LINEAGE_NEAREST) : whole;
    let picture: LineagePicture | undefined;
    if (ids) {
      const key = ids.slice().sort().join(" ");
      picture = shared.get(key) ?? lineagePicture(lineage, ids, { id: PICTURE_ANCHORS.lineage, title: "Related proposals and how they answer each other" });
      shared.set(key, picture);
    }
    return { current: page.link, timeline: entityTimeline(events, page), lineage: picture };
  };
  const inLineage = largestLineages(lineage, SITE_LINEAGE_NODES);
  const site: SitePictures = {
    timeline: timelineChart({
      id: PICTURE_ANCHORS.timeline,
      title: "Every dated event on a time line",
      lanes: [{ label: "Everyone", events: events.all }, ...busiestActors(events.all, TIMELINE_LANES).map((a) => ({ actor: a, label: a.name, events: eventsOf(events.all, a) }))],
      maxMarks: TIMELINE_MARKS,
      monthWidth: 64,
      minWidth: 480,
      maxWidth: 2400,
      monthUrl: timelinePath,
    }),
    network: siteNetwork(pages, network),
    lineage: inLineage.length ? lineagePicture(lineage, inLineage, { id: PICTURE_ANCHORS.lineage, title: "How the proposals answer each other" }) : undefined,
    lineageLeftOut: lineage.near.size - inLineage.length,
  };
  return { site, of };
}
