/**
 * A deterministic synthetic dataset calibrated on the curated data:
 * - proportions per 100 entities: 25 people, 10 organizations, 20 proposals,
 *   35 meetings, 10 sources;
 * - density: about 1.75 facts per entity, 70% of facts about other entities,
 *   1.3 citations per fact, 38% of facts with a markdown note;
 * - vocabulary: words drawn from the curated data's own sentences (fact texts
 *   and notes, not the quoted articles), as often as they occur there, so the
 *   word distribution is that of the real text;
 * - hubs: one organization referred to by a third of all entities, as one is
 *   in the curated data;
 * - names of people that read like names (no digits), organizations named from
 *   a list of real forms.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { load } from "js-yaml";
import { stringify } from "yaml";
import { walkRecords } from "../pipeline/walk.ts";

/** mulberry32: a small seeded generator, so every run writes the same dataset. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CURATED = resolve(import.meta.dirname, "../../_data");

/** Every word of the curated data's own sentences, once per occurrence: picking from it follows their frequencies. */
function curatedWords(): string[] {
  const words: string[] = [];
  for (const entry of readdirSync(CURATED, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".yaml") || entry.parentPath.includes("_schema")) continue;
    walkRecords(load(readFileSync(join(entry.parentPath, entry.name), "utf8")), (record) => {
      for (const key of ["text", "note", "topic", "resolution", "reasoning"]) {
        const value = record[key];
        if (typeof value === "string") words.push(...(value.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []).map((w) => w.replace(/\[\[|\]\]/g, "")));
      }
    });
  }
  return words;
}

const GIVEN = (
  "Ada Adina Ahmad Aisha Alon Amal Amira Amos Anat Ari Asher Avi Aya Basil Bilal Boaz Carmel Clara Dalia Dana Daniel Dov Eitan Elif Eli Emma " +
  "Farid Fatima Gad Gila Hadi Hana Hila Ibrahim Idan Ines Iris Itai Jamal Jonah Julia Karim Keren Khalid Laila Lena Leah Lior Maya Malik Mariam " +
  "Meir Mira Moshe Nadia Nasser Nir Noa Noor Omar Ori Pia Rafi Rami Rana Rania Reuven Rina Ron Rula Sami Sara Shira Samir Tal Tamar Tariq Uri " +
  "Vera Wael Yael Yara Yosef Yusuf Zaid Zeev Zina"
).split(" ");
const FAMILY = (
  "Abadi Amari Aslan Avraham Azoulay Bakr Barak Ben-Ami Ben-David Biton Castell Cohen Dahan Darwish Dayan Elkayam Eshel Farhat Friedman Galili " +
  "Golan Haddad Halabi Hasan Ilan Jaber Kadosh Katz Khoury Klein Levi Lieber Malka Mansour Mizrahi Nasser Navon Ortiz Ozeri Peretz Qasim Rahim " +
  "Rosen Saleh Sasson Segal Shalom Shapiro Tamir Toledano Weiss Yassin Zaken Ziv Zoabi"
).split(" ");
const ORGANIZATION_FORMS = ["Ministry of", "Council for", "Office of", "Agency for", "Committee on", "Directorate of", "Commission for", "Bureau of"];
const PLACES = ["Doha", "Cairo", "Washington", "Tel Aviv", "Jerusalem", "Amman", "Riyadh", "Ankara", "Paris", "New York", "Geneva", "Beirut"];

export const PROPORTIONS = { people: 0.25, organizations: 0.1, proposals: 0.2, meetings: 0.35, sources: 0.1 } as const;

export function writeSyntheticDataset(dir: string, entities: number, seed = 20231007): { files: number; facts: number } {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const vocabulary = curatedWords();
  const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(" ");
  const sentence = (n: number) => {
    const text = words(n);
    return text.charAt(0).toUpperCase() + text.slice(1) + ".";
  };
  const count = (share: number) => Math.max(1, Math.round(entities * share));
  const n = {
    people: count(PROPORTIONS.people),
    organizations: count(PROPORTIONS.organizations),
    proposals: count(PROPORTIONS.proposals),
    meetings: count(PROPORTIONS.meetings),
    sources: count(PROPORTIONS.sources),
  };
  const ids = {
    people: Array.from({ length: n.people }, (_, i) => `person-${i}`),
    organizations: Array.from({ length: n.organizations }, (_, i) => `org-${i}`),
    proposals: Array.from({ length: n.proposals }, (_, i) => `proposal-${i}`),
    meetings: Array.from({ length: n.meetings }, (_, i) => `meeting-${i}`),
    sources: Array.from({ length: n.sources }, (_, i) => `source-${i}`),
  };
  // The hub: referred to by about a third of all entities (through facts about it and participations).
  const hub = ids.organizations[0]!;
  const withHub = <T>(list: T[], other: T): T[] => (rand() < 0.33 ? [...list, other] : list);
  const day = () => new Date(Date.UTC(2023, 9, 7) + Math.floor(rand() * 450) * 86_400_000).toISOString().slice(0, 10);
  // A quote cited for a participant, speaker or role names them, as the mention check requires.
  const names = new Map<string, string>();
  const cite = (naming?: string) => {
    const quote = words(8 + Math.floor(rand() * 8));
    return { source: pick(ids.sources), quote: naming ? `${names.get(naming)} ${quote}` : quote };
  };
  const note = () => `${sentence(10 + Math.floor(rand() * 10))} *${words(2)}* ${rand() < 0.2 ? `[${words(2)}](https://example.org/${Math.floor(rand() * 1000)})` : words(3)}.`;
  let facts = 0;
  const fact = (prefix: string, i: number, extra: Record<string, unknown> = {}) => {
    facts++;
    const about = rand() < 0.7 ? (rand() < 0.55 ? [pick(ids.people), pick(ids.organizations)] : [pick([...ids.people, ...ids.proposals])]) : [];
    return {
      id: `${prefix}-f${i}`,
      text: sentence(16 + Math.floor(rand() * 8)),
      ...(rand() < 0.4 ? { date: { basis: "stated", on: day(), citations: [cite()] } } : {}),
      ...(about.length ? { about: [...new Set(about)] } : {}),
      citations: rand() < 0.3 ? [cite(extra.speaker as string | undefined), cite(extra.speaker as string | undefined)] : [cite(extra.speaker as string | undefined)],
      ...(rand() < 0.38 ? { note: note() } : {}),
      ...extra,
    };
  };
  // A fact about the hub, for a third of the entities that have no other tie to it.
  const factsFor = (prefix: string, count: number, extra: () => Record<string, unknown> = () => ({})) =>
    Array.from({ length: count }, (_, f) => {
      const made = fact(prefix, f, extra());
      if (f === 0 && rand() < 0.33) made.about = [...new Set([...((made.about as string[] | undefined) ?? []), hub])];
      return made;
    });

  rmSync(dir, { recursive: true, force: true });
  for (const folder of Object.keys(ids)) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, "site.yaml"), stringify({ title: "Synthetic benchmark", description: "Generated.", published: "2026-01-01" }));
  const write = (folder: string, id: string, data: object) => writeFileSync(join(dir, folder, `${id}.yaml`), stringify({ id, ...data }));

  ids.sources.forEach((id) =>
    write("sources", id, {
      name: sentence(5),
      title: sentence(9),
      archive: { file: `${id}.txt`, sha256: "0".repeat(64) },
      outlet: { asStated: pick(["Wire", "Daily", "Herald", "Post", "Gazette", "Tribune"]) },
      published: { basis: "inferred", on: day().slice(0, 7), reasoning: "From the story's own dates." },
      quality: rand() < 0.3 ? [{ label: "machine-translated", note: "Translated." }] : undefined,
    }),
  );
  const usedNames = new Set<string>();
  const uniqueName = (make: () => string) => {
    let name = make();
    while (usedNames.has(name)) name = `${make()} ${pick(FAMILY)}`;
    usedNames.add(name);
    return name;
  };
  ids.organizations.forEach((id, i) =>
    write("organizations", id, {
      name: names.set(id, uniqueName(() => `${pick(ORGANIZATION_FORMS)} ${words(2).replace(/\b\w/g, (c) => c.toUpperCase())}`)).get(id),
      kind: pick(["state", "agency", "government-body", "armed-group", "outlet"]),
      ...(i > 0 && rand() < 0.3 ? { parent: ids.organizations[Math.floor(rand() * i)] } : {}),
      facts: i === 0 ? [] : factsFor(id, 1),
    }),
  );
  ids.people.forEach((id) => {
    const name = uniqueName(() => `${pick(GIVEN)} ${rand() < 0.3 ? `${pick(GIVEN).charAt(0)}. ` : ""}${pick(FAMILY)}`);
    names.set(id, name);
    write("people", id, {
      name,
      aliases: [{ name: name.replace(/a/, "e"), kind: "misspelling", sources: [pick(ids.sources)] }],
      roles: [{ title: pick(["Minister", "Envoy", "Adviser", "Spokesperson", "Director", "Ambassador"]), organization: rand() < 0.33 ? hub : pick(ids.organizations), citations: [cite(id)] }],
      facts: factsFor(id, 2, () => (rand() < 0.5 ? { speaker: id } : {})),
    });
  });
  ids.proposals.forEach((id, i) =>
    write("proposals", id, {
      name: `${sentence(3).slice(0, -1)} plan`,
      kind: pick(["plan", "counterproposal", "truce", "deal", "condition"]),
      proposedBy: withHub([pick(ids.organizations)], hub).filter((v, k, all) => all.indexOf(v) === k),
      date: { basis: "stated", on: day(), citations: [cite()] },
      status: { value: pick(["proposed", "under-discussion", "rejected", "accepted"]) },
      terms: [fact(`${id}-t`, 0)],
      positions: [fact(`${id}-p`, 0, { party: pick(ids.people), stance: pick(["supports", "opposes", "considers"]) })],
      stickingPoints: rand() < 0.5 ? [fact(`${id}-s`, 0)] : [],
      ...(i > 0 && rand() < 0.3 ? { counterproposalOf: ids.proposals[Math.floor(rand() * i)] } : {}),
    }),
  );
  ids.meetings.forEach((id) =>
    write("meetings", id, {
      name: `${pick(PLACES)} meeting on ${words(2)}`,
      format: pick(["in-person", "call", "visit"]),
      status: pick(["held", "held", "held", "scheduled", "cancelled"]),
      date: { basis: "stated", on: day(), citations: [cite()] },
      place: { name: pick(PLACES), citations: [cite()] },
      participants: withHub(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(ids.people)), hub)
        .filter((p, k, all) => all.indexOf(p) === k)
        .map((entity) => ({ entity, citations: [cite(entity)] })),
      topics: [fact(`${id}-t`, 0)],
      outcomes: rand() < 0.5 ? [fact(`${id}-o`, 0)] : [],
      statements: [fact(`${id}-s`, 0, { speaker: pick(ids.people) })],
      proposals: [pick(ids.proposals)],
    }),
  );
  return { files: entities, facts };
}
