/**
 * What the timeline chart draws, gathered once: every dated meeting and
 * proposal, and every dated fact, with everyone and everything they involve.
 */
import type { PictureSource } from "./sources.ts";
import type { EntityLink, FactView } from "../views.ts";
import type { ChartEvent } from "./timeline-chart.ts";

export interface ChartEvents {
  all: ChartEvent[];
  /** The events each entity takes part in, or that are its own, by id. */
  involving: Map<string, ChartEvent[]>;
}

const isActor = (l: EntityLink | undefined): l is EntityLink => l?.kind === "person" || l?.kind === "organization";

/** `disputed`: ids of entities whose sources disagree about their date. */
export function chartEvents(pages: readonly PictureSource[], facts: FactView[], disputed: ReadonlySet<string>): ChartEvents {
  const all: ChartEvent[] = [];
  for (const page of pages) {
    if (page.kind === "meeting" && page.date.on) {
      all.push({
        title: page.name,
        url: page.url,
        link: page.link,
        date: page.date,
        end: page.end,
        involved: [...page.participants.map((p) => p.entity), ...page.proposals],
        disputed: disputed.has(page.id),
      });
    } else if (page.kind === "proposal" && page.date?.on) {
      all.push({ title: page.name, url: page.url, link: page.link, date: page.date, involved: page.proposedBy, disputed: disputed.has(page.id) });
    }
  }
  for (const f of facts) {
    if (!f.date?.on) continue;
    all.push({ title: f.text, url: f.url, link: f.owner, date: f.date, involved: [f.owner, f.speaker, f.party, ...f.about].filter((l) => l !== undefined), disputed: false });
  }
  all.sort((a, b) => a.date.sortKey.localeCompare(b.date.sortKey) || a.url.localeCompare(b.url));
  const involving = new Map<string, ChartEvent[]>();
  for (const e of all) {
    for (const id of new Set([e.link.id, ...e.involved.map((l) => l.id)])) {
      const list = involving.get(id);
      if (list) list.push(e);
      else involving.set(id, [e]);
    }
  }
  return { all, involving };
}

/** The actors who take part in most of `events`, most first, then by name. */
export function busiestActors(events: ChartEvent[], count: number, except?: string): EntityLink[] {
  const tally = new Map<EntityLink, number>();
  for (const e of events) for (const l of new Set(e.involved)) if (isActor(l) && l.id !== except) tally.set(l, (tally.get(l) ?? 0) + 1);
  return [...tally]
    .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name, "en") || a[0].id.localeCompare(b[0].id))
    .slice(0, count)
    .map(([l]) => l);
}

export function eventsOf(events: ChartEvent[], actor: EntityLink): ChartEvent[] {
  return events.filter((e) => e.link === actor || e.involved.includes(actor));
}
