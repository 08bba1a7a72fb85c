/** Every dated event in order, grouped by month: meetings, proposals and dated facts. */
import { formatPartialDate } from "../schema/index.ts";
import type { EntityLink, FactView, TimelineEntry, TimelineMonth } from "./views.ts";

export interface TimelineEvent {
  title: string;
  url: string;
  kindLabel: string;
  date: TimelineEntry["date"];
  people: EntityLink[];
}

export interface Timeline {
  months: TimelineMonth[];
  undated: TimelineEntry[];
  /** Everyone who takes part in an event, for the reader-side filter. */
  people: EntityLink[];
}

export function buildTimeline(events: TimelineEvent[], facts: FactView[]): Timeline {
  const entries: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  const people = new Map<string, EntityLink>();
  const involved = (links: Array<EntityLink | undefined>) => {
    const ids = new Set<string>();
    for (const l of links) {
      if (l?.kind !== "person") continue;
      ids.add(l.id);
      people.set(l.id, l);
    }
    return [...ids].sort().join(" ");
  };
  for (const e of events) {
    const entry = { date: e.date, title: e.title, url: e.url, kindLabel: e.kindLabel, people: involved(e.people) };
    (e.date.on ? entries : undated).push(entry);
  }
  for (const f of facts) {
    if (!f.date?.on) continue;
    entries.push({ date: f.date, title: f.text, url: f.url, kindLabel: f.section, owner: f.owner, people: involved([f.owner, f.speaker, f.party, ...f.about]) });
  }
  entries.sort((a, b) => a.date.sortKey.localeCompare(b.date.sortKey) || a.title.localeCompare(b.title));
  const months: Array<TimelineMonth & { key: string }> = [];
  for (const e of entries) {
    const key = e.date.precision === "year" ? `${e.date.on}` : e.date.on!.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.key === key) last.entries.push(e);
    else months.push({ key, id: `month-${key}`, label: e.date.precision === "year" ? `${key} (month not known)` : formatPartialDate(key), entries: [e] });
  }
  return {
    months: months.map(({ id, label, entries }) => ({ id, label, entries })),
    undated,
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
