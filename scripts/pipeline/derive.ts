/**
 * Turns linked entities into the site graph. Every derived list (backlinks,
 * attendance, statements, timeline, indexes) is built in one pass with maps.
 */
import type {
  Citation,
  DateClaim,
  Entity,
  Fact,
  Meeting,
  Organization,
  Person,
  Position,
  Proposal,
  Redirect,
  SiteSettings,
  Source,
} from "../schema/index.ts";
import { ENTITY_KINDS, ENTITY_FOLDERS, type EntityFolder } from "../schema/index.ts";
import { renderBlock, renderInline } from "./markdown.ts";
import { dateView } from "./dates.ts";
import { formatPartialDate } from "./partial-date.ts";
import { twinUrl, factUrl } from "./urls.ts";
import { plainText } from "./plain-text.ts";
import type { LinkedData } from "./link.ts";
import type { ValidEntity } from "./validate.ts";
import type * as V from "./views.ts";
import { jsonLdFor } from "./json-ld.ts";
import { csvFiles } from "./csv.ts";
import { nameShardKeys } from "../../src/client/name-match.ts";

export interface DeriveOptions {
  /** Absolute base URL of the deployed site, with its path prefix, e.g. https://example.org/ceasefire/. */
  siteUrl: string;
}

const LABELS = {
  alias: {
    "spelling-variant": "spelling variant",
    misspelling: "misspelling",
    "machine-translation": "machine-translation garble",
    "short-form": "short form",
    lowercase: "lower-case spelling",
    translation: "translated name",
  },
  orgKind: {
    state: "State",
    "government-body": "Government body",
    agency: "Agency",
    "armed-group": "Armed group",
    "political-movement": "Political movement",
    "international-body": "International body",
    outlet: "News outlet",
    forum: "Forum",
  },
  proposalKind: {
    plan: "Plan",
    counterproposal: "Counterproposal",
    resolution: "Resolution",
    truce: "Truce",
    deal: "Deal",
    condition: "Condition",
    demand: "Demand",
    response: "Response",
  },
  status: {
    proposed: "Proposed",
    "under-discussion": "Under discussion",
    accepted: "Accepted",
    rejected: "Rejected",
    adopted: "Adopted",
    implemented: "Implemented",
    superseded: "Superseded",
    unknown: "Status unknown",
  },
  stance: {
    proposes: "proposes",
    supports: "supports",
    welcomes: "welcomes",
    "accepts-with-conditions": "accepts with conditions",
    considers: "considers",
    opposes: "opposes",
    rejects: "rejects",
  },
  format: { "in-person": "In person", call: "Call", visit: "Visit", video: "Video call" },
  meetingStatus: { held: "Held", scheduled: "Scheduled", cancelled: "Cancelled" },
  quality: {
    "machine-translated": "Machine-translated",
    "syndicated-copy": "Syndicated copy",
    "scraped-boilerplate": "Scraped boilerplate",
    undated: "Undated",
    "generic-no-concrete-facts": "Generic text, no concrete facts",
    "page-date-conflicts-with-story": "Page date conflicts with the story",
    "unrelated-links": "Links to unrelated stories",
  },
  section: {
    facts: "Fact",
    terms: "Term",
    positions: "Position",
    stickingPoints: "Sticking point",
    topics: "Topic",
    outcomes: "Outcome",
    statements: "Statement",
  },
} as const;

const FACT_SECTIONS = ["facts", "terms", "positions", "stickingPoints", "topics", "outcomes", "statements"] as const;
type FactSection = (typeof FACT_SECTIONS)[number];

function byDate<T>(key: (t: T) => string | undefined) {
  return (a: T, b: T) => (key(a) ?? "9999").localeCompare(key(b) ?? "9999");
}

export function deriveSiteGraph(
  linked: LinkedData,
  settings: SiteSettings,
  redirects: Redirect[],
  options: DeriveOptions,
): V.SiteGraph {
  const siteUrl = options.siteUrl.endsWith("/") ? options.siteUrl : options.siteUrl + "/";
  const pathPrefix = new URL(siteUrl).pathname;
  const absolute = (url: string) => new URL(url.replace(/^\//, ""), siteUrl).href;

  const links = new Map<string, V.EntityLink>();
  for (const { folder, entity } of linked.entities) {
    links.set(entity.id, {
      id: entity.id,
      name: folder === "sources" ? (entity as Source).title : entity.name,
      url: urlOf(folder, entity.id),
      absoluteUrl: absolute(urlOf(folder, entity.id)),
      kind: ENTITY_KINDS[folder].kind,
      kindLabel: ENTITY_KINDS[folder].label,
    });
  }
  const link = (id: string) => links.get(id)!;
  const citations = (list: Citation[] | undefined): V.CitationView[] =>
    (list ?? []).map((c) => ({ source: link(c.source), quote: c.quote }));
  const dateOf = (claim: DateClaim) => dateView(claim, (c) => citations("citations" in c ? c.citations : undefined));

  // One pass: every fact becomes a view, indexed by speaker, by entity it is about and by cited source.
  const factsOf = new Map<string, Record<FactSection, V.FactView[]>>();
  const statementsBy = new Map<string, V.FactView[]>();
  const factsAbout = new Map<string, V.FactView[]>();
  const factsCiting = new Map<string, V.FactView[]>();
  const allFacts: V.FactView[] = [];
  const push = <K, T>(map: Map<K, T[]>, key: K, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const { entity } of linked.entities) {
    const owner = link(entity.id);
    const sections = {} as Record<FactSection, V.FactView[]>;
    for (const section of FACT_SECTIONS) {
      const list = ((entity as Record<string, unknown>)[section] as Array<Fact | Position> | undefined) ?? [];
      sections[section] = list.map((fact) => {
        const url = factUrl(owner.url, fact.id);
        const text = plainText(fact.text);
        const cites = citations(fact.citations);
        const view: V.FactView = {
          id: fact.id,
          url,
          absoluteUrl: absolute(url),
          text,
          textHtml: renderInline(fact.text),
          section: LABELS.section[section],
          owner,
          speaker: fact.speaker ? link(fact.speaker) : undefined,
          date: fact.date ? dateOf(fact.date) : undefined,
          about: (fact.about ?? []).filter((id) => id !== entity.id).map(link),
          citations: cites,
          noteHtml: fact.note ? renderBlock(fact.note) : undefined,
          corrections: (fact.corrections ?? []).map((c) => ({ on: c.on, onText: formatPartialDate(c.on), noteHtml: renderBlock(c.note) })),
          added: fact.added ?? entity.added ?? settings.published,
          party: "party" in fact ? link(fact.party) : undefined,
          stance: "stance" in fact ? LABELS.stance[fact.stance] : undefined,
          citationText: `“${text}” — ${owner.name}, ${settings.title}. ${absolute(url)} (sources: ${unique(cites.map((c) => c.source.name)).join("; ")})`,
        };
        allFacts.push(view);
        if (fact.speaker) push(statementsBy, fact.speaker, view);
        for (const id of fact.about ?? []) if (id !== entity.id) push(factsAbout, id, view);
        for (const id of unique(fact.citations.map((c) => c.source))) push(factsCiting, id, view);
        return view;
      });
    }
    factsOf.set(entity.id, sections);
  }

  // Redirects: anchors that moved off a page that still exists are shown on it.
  const moved = new Map<string, V.MovedAnchor[]>();
  const redirectPages = new Map<string, V.RedirectPage>();
  const linkByUrl = new Map([...links.values()].map((l) => [l.url, l]));
  for (const r of redirects) {
    const [fromPath, fromAnchor] = r.from.split("#") as [string, string | undefined];
    const owner = linkByUrl.get(fromPath);
    if (fromAnchor && owner) {
      push(moved, owner.id, { id: fromAnchor, to: r.to, reasonHtml: renderInline(r.reason) });
      continue;
    }
    const page = redirectPages.get(fromPath) ?? { from: fromPath, to: r.to.split("#")[0]!, reasonHtml: renderInline(r.reason), anchors: {} };
    if (fromAnchor) page.anchors[fromAnchor] = r.to;
    else {
      page.to = r.to;
      page.reasonHtml = renderInline(r.reason);
    }
    redirectPages.set(fromPath, page);
  }

  const disagreementsOf = (entity: Entity, owner: V.EntityLink): V.DisagreementView[] =>
    (entity.disagreements ?? []).map((d) => ({
      id: d.id,
      url: factUrl(owner.url, d.id),
      topicHtml: renderInline(d.topic),
      readings: d.readings.map((r) => ({ textHtml: renderInline(r.text), preferred: r.preferred === true, citations: citations(r.citations) })),
      resolutionHtml: renderBlock(d.resolution),
    }));

  const attendance = new Map<string, V.Attendance[]>();
  const involvement = new Map<string, V.ProposalInvolvement[]>();
  const meetingsOfProposal = new Map<string, V.Attendance[]>();
  const reverse = new Map<string, Map<string, V.EntityLink[]>>();
  const mentioned = new Map<string, Map<string, V.EntityLink>>();
  const byId = linked.byId;

  for (const [targetId, refs] of linked.backrefs) {
    const mentions = new Map<string, V.EntityLink>();
    for (const ref of refs) {
      if (ref.field !== "source" && ref.field !== "sources" && ref.from.entity.id !== targetId) {
        mentions.set(ref.from.entity.id, link(ref.from.entity.id));
      }
      const from = ref.from.entity;
      if (ref.field === "entity" && ref.from.folder === "meetings") {
        const meeting = from as Meeting;
        const participant = meeting.participants[ref.path[1] as number]!;
        push(attendance, targetId, {
          meeting: link(meeting.id),
          date: dateOf(meeting.date),
          role: participant.role ?? roleAt(byId.get(targetId), meeting.date),
          statusLabel: LABELS.meetingStatus[meeting.status],
        });
      }
      if (ref.field === "proposals" && ref.from.folder === "meetings") {
        const meeting = from as Meeting;
        push(meetingsOfProposal, targetId, { meeting: link(meeting.id), date: dateOf(meeting.date), statusLabel: LABELS.meetingStatus[meeting.status] });
      }
      if (ref.field === "proposedBy") push(involvement, targetId, { proposal: link(from.id), relation: "proposed it" });
      if (ref.field === "party") {
        const position = (from as Proposal).positions![ref.path[1] as number]!;
        push(involvement, targetId, { proposal: link(from.id), relation: LABELS.stance[position.stance] });
      }
      if (ref.field === "counterproposalOf" || ref.field === "supersededBy" || ref.field === "parent") {
        const perField = reverse.get(targetId) ?? new Map<string, V.EntityLink[]>();
        push(perField, ref.field, link(from.id));
        reverse.set(targetId, perField);
      }
    }
    mentioned.set(targetId, mentions);
  }

  function roleAt(personEntry: ValidEntity | undefined, when: DateClaim): string | undefined {
    if (!personEntry || personEntry.folder !== "people") return undefined;
    const roles = (personEntry.entity as Person).roles ?? [];
    if (roles.length <= 1) return roles[0]?.title;
    if (when.basis === "unknown") return roles.map((r) => r.title).join("; ");
    const matching = roles.filter(
      (r) => (!r.start || r.start.basis === "unknown" || r.start.on <= when.on) && (!r.end || r.end.basis === "unknown" || r.end.on >= when.on),
    );
    return (matching.length ? matching : roles).map((r) => r.title).join("; ");
  }

  const involvedOf = (id: string) => {
    const list = involvement.get(id) ?? [];
    const seen = new Set<string>();
    return list.filter((i) => {
      const key = i.proposal.id + i.relation;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  const pages: V.EntityPage[] = [];
  const pagesByFolder: Record<EntityFolder, V.EntityPage[]> = { people: [], organizations: [], proposals: [], meetings: [], sources: [] };

  for (const entry of linked.entities) {
    const { folder, entity } = entry;
    const self = link(entity.id);
    const sections = factsOf.get(entity.id)!;
    const ownFacts = FACT_SECTIONS.flatMap((s) => sections[s]);
    const statements = (statementsBy.get(entity.id) ?? []).filter((f) => f.owner.id !== entity.id).sort(byDate((f) => f.date?.sortKey));
    const aboutFacts = factsAbout.get(entity.id) ?? [];
    const sourceIds = new Set<string>();
    for (const f of [...ownFacts, ...statements, ...aboutFacts]) for (const c of f.citations) sourceIds.add(c.source.id);
    for (const a of entity.aliases ?? []) for (const s of a.sources) sourceIds.add(s);
    if (folder === "sources") sourceIds.delete(entity.id);

    const base: Omit<V.PageBase, "kind" | "jsonLd" | "facets" | "description"> = {
      kindLabel: ENTITY_KINDS[folder].label,
      id: entity.id,
      name: self.name,
      url: self.url,
      twinUrl: twinUrl(self.url),
      link: self,
      aliases: (entity.aliases ?? []).map((a) => ({
        name: a.name,
        kindLabel: LABELS.alias[a.kind],
        sources: a.sources.map(link),
        noteHtml: a.note ? renderInline(a.note) : undefined,
      })),
      facts: sections.facts,
      aboutFacts: aboutFacts.filter((f) => f.owner.id !== entity.id && f.speaker?.id !== entity.id),
      disagreements: disagreementsOf(entity, self),
      mentionedIn: [...(mentioned.get(entity.id)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      sources: [...sourceIds].map(link).sort((a, b) => a.id.localeCompare(b.id)),
      moved: moved.get(entity.id) ?? [],
      twin: { type: ENTITY_KINDS[folder].kind, url: twinUrl(self.url), page: self.url, data: entity, mentionedIn: [...(mentioned.get(entity.id)?.keys() ?? [])].sort() },
    };

    let page: V.EntityPage;
    if (folder === "people") {
      const person = entity as Person;
      page = {
        ...base,
        kind: "person",
        roles: (person.roles ?? []).map((r) => ({
          title: r.title,
          organization: r.organization ? link(r.organization) : undefined,
          spanText: spanText(r.start ? dateOf(r.start) : undefined, r.end ? dateOf(r.end) : undefined),
          citations: citations(r.citations),
        })),
        meetings: (attendance.get(entity.id) ?? []).sort(byDate((a) => a.date.sortKey)),
        proposals: involvedOf(entity.id),
        statements,
        ...placeholders(),
      };
    } else if (folder === "organizations") {
      const org = entity as Organization;
      const members = linked.backrefs.get(entity.id)?.filter((r) => r.field === "organization" && r.from.folder === "people") ?? [];
      page = {
        ...base,
        kind: "organization",
        orgKindLabel: LABELS.orgKind[org.kind],
        parent: org.parent ? link(org.parent) : undefined,
        children: reverse.get(entity.id)?.get("parent") ?? [],
        people: members.map((r) => ({ person: link(r.from.entity.id), title: (r.from.entity as Person).roles![r.path[1] as number]!.title })),
        meetings: (attendance.get(entity.id) ?? []).sort(byDate((a) => a.date.sortKey)),
        proposals: involvedOf(entity.id),
        statements,
        ...placeholders(),
      };
    } else if (folder === "proposals") {
      const proposal = entity as Proposal;
      page = {
        ...base,
        kind: "proposal",
        proposalKindLabel: LABELS.proposalKind[proposal.kind],
        proposedBy: (proposal.proposedBy ?? []).map(link),
        date: proposal.date ? dateOf(proposal.date) : undefined,
        status: {
          value: proposal.status.value,
          label: LABELS.status[proposal.status.value],
          noteHtml: proposal.status.note ? renderBlock(proposal.status.note) : undefined,
          citations: citations(proposal.status.citations),
        },
        terms: sections.terms,
        positions: [...sections.positions].sort(byDate((f) => f.date?.sortKey)),
        stickingPoints: sections.stickingPoints,
        counterproposalOf: proposal.counterproposalOf ? link(proposal.counterproposalOf) : undefined,
        counterproposals: reverse.get(entity.id)?.get("counterproposalOf") ?? [],
        supersededBy: proposal.supersededBy ? link(proposal.supersededBy) : undefined,
        supersedes: reverse.get(entity.id)?.get("supersededBy") ?? [],
        related: (proposal.related ?? []).map(link),
        meetings: (meetingsOfProposal.get(entity.id) ?? []).sort(byDate((a) => a.date.sortKey)),
        ...placeholders(),
      };
    } else if (folder === "meetings") {
      const meeting = entity as Meeting;
      page = {
        ...base,
        kind: "meeting",
        formatLabel: LABELS.format[meeting.format],
        status: meeting.status,
        statusLabel: LABELS.meetingStatus[meeting.status],
        date: dateOf(meeting.date),
        end: meeting.end ? dateOf(meeting.end) : undefined,
        place: meeting.place ? { name: meeting.place.name, citations: citations(meeting.place.citations) } : undefined,
        participants: meeting.participants.map((p) => ({
          entity: link(p.entity),
          role: p.role ?? roleAt(byId.get(p.entity), meeting.date),
          citations: citations(p.citations),
        })),
        topics: sections.topics,
        outcomes: sections.outcomes,
        statements: sections.statements,
        proposals: (meeting.proposals ?? []).map(link),
        ...placeholders(),
      };
    } else {
      const source = entity as Source;
      page = {
        ...base,
        kind: "source",
        title: source.title,
        outlet: {
          asStated: source.outlet.asStated,
          organization: source.outlet.organization ? link(source.outlet.organization) : undefined,
          noteHtml: source.outlet.note ? renderInline(source.outlet.note) : undefined,
        },
        published: dateOf(source.published),
        language: source.language,
        quality: (source.quality ?? []).map((q) => ({ label: q.label, labelText: LABELS.quality[q.label], noteHtml: renderInline(q.note) })),
        excluded: (source.excluded ?? []).map((x) => ({ quote: x.quote, reasonHtml: renderInline(x.reason) })),
        archive: source.archive,
        citingFacts: (factsCiting.get(entity.id) ?? [])
          .slice()
          .sort((a, b) => a.owner.name.localeCompare(b.owner.name))
          .map((fact) => ({ fact, quotes: fact.citations.filter((c) => c.source.id === entity.id).map((c) => c.quote) })),
        ...placeholders(),
      };
    }
    page.facets = facetsOf(page);
    page.description = descriptionOf(page);
    page.jsonLd = jsonLdFor(page, absolute, settings.title);
    pages.push(page);
    pagesByFolder[folder].push(page);
  }

  for (const folder of ENTITY_FOLDERS) pagesByFolder[folder].sort((a, b) => a.name.localeCompare(b.name, "en"));

  const timeline = buildTimeline(pagesByFolder, allFacts);
  const corrections = allFacts
    .flatMap((fact) => fact.corrections.map((correction) => ({ fact, correction })))
    .sort((a, b) => b.correction.on.localeCompare(a.correction.on));

  const feedEntries: V.FeedEntry[] = [
    ...allFacts.map((f) => ({
      id: f.absoluteUrl,
      title: `${f.owner.name}: ${f.text}`,
      url: f.absoluteUrl,
      updated: f.added,
      contentHtml: `<p>${f.textHtml}</p>`,
    })),
    ...corrections.map(({ fact, correction }) => ({
      id: `${fact.absoluteUrl}-correction-${correction.on}`,
      title: `Correction (${correction.onText}) — ${fact.owner.name}: ${fact.text}`,
      url: fact.absoluteUrl,
      updated: correction.on,
      contentHtml: correction.noteHtml,
    })),
  ].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));

  const pageUrls = pages.flatMap((p) => [p.url, ...allAnchorsOf(p).map((id) => `${p.url}#${id}`)]).sort();
  const publishedUrls = pageUrls.concat([...redirectPages.keys()]).sort();

  const indexes = ENTITY_FOLDERS.map((folder) => ({
    folder,
    title: ENTITY_KINDS[folder].plural,
    url: `/${folder}/`,
    pages: pagesByFolder[folder],
  }));

  const nameShards = shardNames(
    pages.flatMap((p) => [
      ...(p.kind === "person" || p.kind === "organization" ? [{ n: p.name, u: p.url, t: p.kindLabel }] : []),
      ...p.aliases.map((a) => ({ n: a.name, c: p.name, u: p.url, t: p.kindLabel })),
    ]),
  );

  const offlineText = pages.map((p) => ({
    url: p.url,
    title: p.name,
    type: p.kindLabel,
    names: [p.name, ...p.aliases.map((a) => a.name)],
    text: allFactsOf(p)
      .map((f) => [f.text, ...f.citations.map((c) => c.quote)].join(" "))
      .join(" "),
  }));

  return {
    offlineText,
    site: {
      title: settings.title,
      descriptionHtml: renderInline(settings.description),
      description: plainText(settings.description),
      published: settings.published,
      publishedText: formatPartialDate(settings.published),
      url: siteUrl,
      pathPrefix,
    },
    people: pagesByFolder.people as V.PersonPage[],
    organizations: pagesByFolder.organizations as V.OrganizationPage[],
    proposals: pagesByFolder.proposals as V.ProposalPage[],
    meetings: pagesByFolder.meetings as V.MeetingPage[],
    sources: pagesByFolder.sources as V.SourcePage[],
    pages,
    indexes,
    timeline,
    counts: indexes.map((i): { label: string; count: number; url: string } => ({ label: i.title, count: i.pages.length, url: i.url })).concat([{ label: "Facts", count: allFacts.length, url: "/timeline/" }]),
    recent: timeline.months.flatMap((m) => m.entries).slice(-8).reverse(),
    corrections,
    feed: { updated: feedEntries[0]?.updated ?? settings.published, entries: feedEntries },
    redirects: [...redirectPages.values()],
    csv: csvFiles(pagesByFolder, allFacts),
    dataset: {
      title: settings.title,
      published: settings.published,
      ...Object.fromEntries(ENTITY_FOLDERS.map((f) => [f, pagesByFolder[f].map((p) => ({ url: p.url, ...p.twin.data }))])),
    },
    publishedUrls,
    pageUrls,
    sitemap: [
      "/",
      "/timeline/",
      "/search/",
      "/corrections/",
      "/data/",
      ...indexes.map((i) => i.url),
      ...pages.map((p) => p.url),
    ].map(absolute),
    nameShards,
  };
}

function shardNames(entries: V.SiteGraph["nameShards"][number]["entries"]): V.SiteGraph["nameShards"] {
  const shards = new Map<string, typeof entries>();
  for (const entry of entries) {
    for (const key of nameShardKeys(entry.n)) {
      const shard = shards.get(key);
      if (shard) shard.push(entry);
      else shards.set(key, [entry]);
    }
  }
  return [...shards.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, entries: list }));
}

function placeholders() {
  return { facets: { type: "", year: [], people: [], organizations: [] }, description: "", jsonLd: {} };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function urlOf(folder: EntityFolder, id: string): string {
  return `/${folder}/${id.toLowerCase()}/`;
}

function spanText(start: V.DateView | undefined, end: V.DateView | undefined): string | undefined {
  if (!start && !end) return undefined;
  return `${start ? start.text : "?"} – ${end ? end.text : "present"}`;
}

/** The anchors a page publishes: its own facts and disagreements. */
function allAnchorsOf(page: V.EntityPage): string[] {
  return [...allFactsOf(page).map((f) => f.id), ...page.disagreements.map((d) => d.id)];
}

function datesOf(page: V.EntityPage): V.DateView[] {
  if (page.kind === "meeting") return [page.date];
  if (page.kind === "proposal") return page.date ? [page.date] : [];
  if (page.kind === "source") return [page.published];
  return [];
}

function facetsOf(page: V.EntityPage): V.SearchFacets {
  const people = new Set<string>();
  const organizations = new Set<string>();
  const add = (l: V.EntityLink | undefined) => {
    if (!l) return;
    if (l.kind === "person") people.add(l.name);
    if (l.kind === "organization") organizations.add(l.name);
  };
  add(page.link);
  if (page.kind === "meeting") page.participants.forEach((p) => add(p.entity));
  if (page.kind === "proposal") {
    page.proposedBy.forEach(add);
    page.positions.forEach((p) => add(p.party));
  }
  const ownDates = datesOf(page);
  const factDates = allFactsOf(page).flatMap((f) => (f.date ? [f.date] : []));
  const years = new Set([...ownDates, ...factDates].flatMap((d) => (d.on ? [d.on.slice(0, 4)] : [])));
  const primary = ownDates.find((d) => d.on);
  const role = page.kind === "person" ? page.roles.map((r) => r.title).join("; ") : undefined;
  return {
    type: page.kindLabel,
    year: [...years].sort(),
    people: [...people].sort(),
    organizations: [...organizations].sort(),
    date: primary?.text,
    sortDate: primary?.on,
    role: role || undefined,
  };
}

/** A page's own facts, in every section. */
function allFactsOf(page: V.EntityPage): V.FactView[] {
  const facts = [...page.facts];
  if (page.kind === "proposal") facts.push(...page.terms, ...page.positions, ...page.stickingPoints);
  if (page.kind === "meeting") facts.push(...page.topics, ...page.outcomes, ...page.statements);
  return facts;
}

function descriptionOf(page: V.EntityPage): string {
  switch (page.kind) {
    case "person":
      return `${page.name}${page.roles[0] ? `, ${page.roles[0].title}` : ""}: ${page.facts.length + page.statements.length} sourced facts and statements, ${page.meetings.length} meetings.`;
    case "organization":
      return `${page.name} (${page.orgKindLabel}): sourced facts, meetings and positions.`;
    case "proposal":
      return `${page.name} — ${page.proposalKindLabel}${page.date ? `, ${page.date.text}` : ""}; status: ${page.status.label}.`;
    case "meeting":
      return `${page.name} — ${page.formatLabel}, ${page.date.text}${page.place ? `, ${page.place.name}` : ""}.`;
    case "source":
      return `Archived source: ${page.title}${page.outlet.asStated ? ` (${page.outlet.asStated})` : ""}.`;
  }
}

function buildTimeline(pagesByFolder: Record<EntityFolder, V.EntityPage[]>, facts: V.FactView[]): V.SiteGraph["timeline"] {
  const entries: V.TimelineEntry[] = [];
  const undated: V.TimelineEntry[] = [];
  const peopleNames = new Map<string, V.EntityLink>();
  const involved = (links: Array<V.EntityLink | undefined>) => {
    const ids = new Set<string>();
    for (const l of links) if (l?.kind === "person") {
      ids.add(l.id);
      peopleNames.set(l.id, l);
    }
    return [...ids].sort();
  };
  for (const m of pagesByFolder.meetings as V.MeetingPage[]) {
    const entry = { date: m.date, title: m.name, url: m.url, kindLabel: `Meeting · ${m.formatLabel}${m.status === "held" ? "" : ` · ${m.statusLabel}`}`, people: involved(m.participants.map((p) => p.entity)) };
    (m.date.on ? entries : undated).push(entry);
  }
  for (const p of pagesByFolder.proposals as V.ProposalPage[]) {
    if (!p.date) continue;
    const entry = { date: p.date, title: p.name, url: p.url, kindLabel: `Proposal · ${p.proposalKindLabel}`, people: involved(p.proposedBy) };
    (p.date.on ? entries : undated).push(entry);
  }
  for (const f of facts) {
    if (!f.date?.on) continue;
    entries.push({ date: f.date, title: f.text, url: f.url, kindLabel: f.section, owner: f.owner, people: involved([f.owner, f.speaker, f.party, ...f.about]) });
  }
  entries.sort((a, b) => a.date.sortKey.localeCompare(b.date.sortKey) || a.title.localeCompare(b.title));
  const months: V.TimelineMonth[] = [];
  for (const e of entries) {
    const key = e.date.precision === "year" ? `${e.date.on}` : e.date.on!.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.key === key) last.entries.push(e);
    else months.push({ key, label: e.date.precision === "year" ? `${key} (month not known)` : formatPartialDate(key), entries: [e] });
  }
  return { months, undated, people: [...peopleNames.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}
