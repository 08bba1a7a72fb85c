/**
 * One page builder per kind, in a table typed against the registry: a new kind
 * does not compile until it has a builder. Each returns the fields its page
 * shows, a one-line description, a summary for index pages, and the dates and
 * actors its search facets come from.
 */
import {
  MEETING_FORMAT_LABELS,
  MEETING_STATUS_LABELS,
  ORGANIZATION_KIND_LABELS,
  PROPOSAL_KIND_LABELS,
  PROPOSAL_STATUS_LABELS,
  QUALITY_LABELS,
  type EntityOf,
  type Kind,
} from "../../schema/index.ts";
import { byDate } from "../dates.ts";
import type { GraphContext } from "../context.ts";
import type { Relations } from "../relations.ts";
import { roleAt } from "../relations.ts";
import type { Attendance, DateView, EntityLink, FactView, ProposalInvolvement, SummaryPart } from "../views.ts";
import { oneLine, sentence } from "../previews.ts";
import { normalizeForQuote } from "../../pipeline/archive/archive.ts";

/** "A", "A and B", "A, B and C". */
function names(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/** The meetings someone took part in (held ones: a scheduled meeting is not something they did), named, for a one-line summary. */
function meetingsLine(meetings: Attendance[]): string | undefined {
  const held = meetings.filter((m) => m.statusNote === undefined);
  if (held.length === 0) return undefined;
  const shown = held.slice(0, 2).map((m) => m.meeting.name);
  const more = held.length - shown.length;
  return `Took part in ${shown.join("; ")}${more > 0 ? ` and ${more} more meeting${more === 1 ? "" : "s"}` : ""}.`;
}

/** What a builder may read about the entity beyond its own data. */
export interface PageInputs {
  ctx: GraphContext;
  relations: Relations;
  self: EntityLink;
  /** The entity's facts in one of its fact sections. */
  section(field: string): FactView[];
  /** Statements this entity made that live on other pages, oldest first. */
  statements: FactView[];
  /** Facts that cite this entity as a source. */
  citing: FactView[];
}

export interface Built<F> {
  fields: F;
  /** One line that says what the entity is and what it did: the meta description and the link preview's. */
  description: string;
  /** The line under the name on the preview card. */
  cardSubtitle: string;
  summary: SummaryPart[];
  /** The entity's own dates (a meeting's, a proposal's), for the year facet and date order. */
  dates: DateView[];
  /** People and organizations the page is about, for the search facets. */
  actors: EntityLink[];
  /** What the entity is, for search results (a person's roles). */
  role?: string;
  /** The entity as an event on the timeline, when it is one (a meeting, a dated proposal). */
  event?: { kindLabel: string; date: DateView; people: EntityLink[] };
}

const meetingsOf = (relations: Map<string, Attendance[]>, id: string) => (relations.get(id) ?? []).slice().sort(byDate((a) => a.date.sortKey));

/** Each proposal once per relation: a party that proposed a plan twice is listed once. */
function involvementOf(inputs: PageInputs): ProposalInvolvement[] {
  const seen = new Set<string>();
  return (inputs.relations.involvement.get(inputs.self.id) ?? []).filter((i) => {
    const key = i.proposal.id + i.relation;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function spanText(start: DateView | undefined, end: DateView | undefined): string | undefined {
  if (!start && !end) return undefined;
  return `${start ? start.text : "?"} – ${end ? end.text : "present"}`;
}

/**
 * The passages of a source that facts cite, each once with every fact that
 * cites it, in the article's order (as verify recorded it; a passage it has
 * not recorded yet follows, in the order facts cite it). Only what facts
 * quote is shown: the page never quotes more of the article than they do.
 */
function citedPassages(sourceId: string, inputs: PageInputs): Array<{ quote: string; facts: FactView[] }> {
  const passages = new Map<string, { quote: string; at?: readonly [number, number]; seen: number; facts: FactView[] }>();
  for (const fact of inputs.citing) {
    for (const c of fact.citations) {
      if (c.source.id !== sourceId) continue;
      const key = normalizeForQuote(c.quote);
      const passage = passages.get(key) ?? { quote: c.quote, at: inputs.ctx.positionOf(sourceId, c.quote), seen: passages.size, facts: [] };
      if (!passage.facts.includes(fact)) passage.facts.push(fact);
      passages.set(key, passage);
    }
  }
  const order = (p: { at?: readonly [number, number]; seen: number }) => (p.at ? [0, p.at[0], p.at[1]] : [1, p.seen, 0]);
  return [...passages.values()]
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })
    .map(({ quote, facts }) => ({ quote, facts }));
}

export const PAGE_BUILDERS = {
  person(person: EntityOf<"person">, inputs: PageInputs) {
    const { ctx } = inputs;
    const roles = (person.roles ?? []).map((r) => ({
      title: r.title,
      organization: r.organization ? ctx.link(r.organization) : undefined,
      spanText: spanText(r.start ? ctx.dateOf(r.start) : undefined, r.end ? ctx.dateOf(r.end) : undefined),
      citations: ctx.citations(r.citations),
    }));
    const rolesText = roles.map((r) => r.title).join("; ");
    const meetings = meetingsOf(inputs.relations.attendance, person.id);
    const facts = inputs.section("facts");
    return {
      fields: { roles, rolesText, meetings, proposals: involvementOf(inputs), statements: inputs.statements },
      description: oneLine([`${person.name}${rolesText ? `, ${roles.map((r) => r.title).join(", ")}` : ""}.`, sentence(inputs.statements[0]?.text ?? facts[0]?.text), meetingsLine(meetings)]),
      cardSubtitle: roles.map((r) => (r.organization ? `${r.title}, ${r.organization.name}` : r.title)).join(" · "),
      summary: [rolesText],
      dates: [],
      actors: [],
      role: rolesText || undefined,
    };
  },

  organization(org: EntityOf<"organization">, inputs: PageInputs) {
    const { ctx, relations } = inputs;
    const orgKindLabel = ORGANIZATION_KIND_LABELS[org.kind];
    return {
      fields: {
        orgKindLabel,
        parent: org.parent ? ctx.link(org.parent) : undefined,
        children: relations.children.get(org.id) ?? [],
        people: relations.members.get(org.id) ?? [],
        meetings: meetingsOf(relations.attendance, org.id),
        proposals: involvementOf(inputs),
        statements: inputs.statements,
      },
      description: oneLine([
        `${org.name}: ${orgKindLabel.toLowerCase()}${org.parent ? `, part of ${ctx.link(org.parent).name}` : ""}.`,
        sentence(inputs.section("facts")[0]?.text ?? inputs.statements[0]?.text),
        meetingsLine(meetingsOf(relations.attendance, org.id)),
      ]),
      cardSubtitle: `${orgKindLabel}${org.parent ? `, part of ${ctx.link(org.parent).name}` : ""}`,
      summary: [orgKindLabel],
      dates: [],
      actors: [],
    };
  },

  proposal(proposal: EntityOf<"proposal">, inputs: PageInputs) {
    const { ctx, relations } = inputs;
    const proposalKindLabel = PROPOSAL_KIND_LABELS[proposal.kind];
    const date = proposal.date ? ctx.dateOf(proposal.date) : undefined;
    const status = {
      value: proposal.status.value,
      label: PROPOSAL_STATUS_LABELS[proposal.status.value],
      noteHtml: proposal.status.note ? ctx.block(proposal.status.note) : undefined,
      citations: ctx.citations(proposal.status.citations),
    };
    const proposedBy = (proposal.proposedBy ?? []).map(ctx.link);
    const positions = inputs.section("positions").slice().sort(byDate((f) => f.date?.sortKey));
    return {
      fields: {
        proposalKindLabel,
        proposedBy,
        date,
        status,
        terms: inputs.section("terms"),
        positions,
        stickingPoints: inputs.section("stickingPoints"),
        counterproposalOf: proposal.counterproposalOf ? ctx.link(proposal.counterproposalOf) : undefined,
        counterproposals: relations.counterproposals.get(proposal.id) ?? [],
        supersededBy: proposal.supersededBy ? ctx.link(proposal.supersededBy) : undefined,
        supersedes: relations.supersedes.get(proposal.id) ?? [],
        related: (proposal.related ?? []).map(ctx.link),
        meetings: meetingsOf(relations.discussedAt, proposal.id),
      },
      description: oneLine([
        `${proposalKindLabel}${proposedBy.length ? ` by ${names(proposedBy.map((p) => p.name))}` : ""}${date ? `, ${date.text}` : ""}; ${proposal.status.value === "unknown" ? "status unknown" : `status: ${status.label.toLowerCase()}`}.`,
        sentence(inputs.section("terms")[0]?.text ?? inputs.section("facts")[0]?.text ?? positions[0]?.text),
      ]),
      cardSubtitle: [proposalKindLabel, status.label, date?.text].filter(Boolean).join(" · "),
      summary: [proposalKindLabel, status.label, ...(date ? [date] : [])],
      dates: date ? [date] : [],
      actors: [...proposedBy, ...positions.flatMap((p) => (p.party ? [p.party] : []))],
      event: date ? { kindLabel: `Proposal · ${proposalKindLabel}`, date, people: proposedBy } : undefined,
    };
  },

  meeting(meeting: EntityOf<"meeting">, inputs: PageInputs) {
    const { ctx } = inputs;
    const formatLabel = MEETING_FORMAT_LABELS[meeting.format];
    const statusLabel = MEETING_STATUS_LABELS[meeting.status];
    const date = ctx.dateOf(meeting.date);
    const place = meeting.place ? { name: meeting.place.name, citations: ctx.citations(meeting.place.citations) } : undefined;
    const participants = meeting.participants.map((p) => {
      const entry = ctx.linked.byId.get(p.entity);
      return {
        entity: ctx.link(p.entity),
        role: p.role ?? roleAt(entry?.kind === "person" ? entry.entity : undefined, meeting.date),
        citations: ctx.citations(p.citations),
      };
    });
    return {
      fields: {
        formatLabel,
        status: meeting.status,
        statusLabel,
        date,
        end: meeting.end ? ctx.dateOf(meeting.end) : undefined,
        place,
        participants,
        topics: inputs.section("topics"),
        outcomes: inputs.section("outcomes"),
        statements: inputs.section("statements"),
        proposals: (meeting.proposals ?? []).map(ctx.link),
      },
      description: oneLine([
        `${formatLabel}${meeting.status === "held" ? "" : ` (${statusLabel.toLowerCase()})`}, ${date.text}${place ? `, ${place.name}` : ""}, with ${names(participants.map((p) => p.entity.name))}.`,
        sentence(inputs.section("topics")[0]?.text ?? inputs.section("outcomes")[0]?.text ?? inputs.section("statements")[0]?.text),
      ]),
      cardSubtitle: [formatLabel, meeting.status === "held" ? undefined : statusLabel, date.text, place?.name].filter(Boolean).join(" · "),
      summary: [formatLabel, statusLabel, date],
      dates: [date],
      actors: participants.map((p) => p.entity),
      event: {
        kindLabel: `Meeting · ${formatLabel}${meeting.status === "held" ? "" : ` · ${statusLabel}`}`,
        date,
        people: participants.map((p) => p.entity),
      },
    };
  },

  source(source: EntityOf<"source">, inputs: PageInputs) {
    const { ctx } = inputs;
    const published = ctx.dateOf(source.published);
    const passages = citedPassages(source.id, inputs);
    return {
      fields: {
        title: source.title,
        outlet: {
          asStated: source.outlet.asStated,
          organization: source.outlet.organization ? ctx.link(source.outlet.organization) : undefined,
          noteHtml: source.outlet.note ? ctx.inline(source.outlet.note) : undefined,
        },
        published,
        language: source.language,
        quality: (source.quality ?? []).map((q) => ({ label: q.label, labelText: QUALITY_LABELS[q.label], noteHtml: ctx.inline(q.note) })),
        excluded: (source.excluded ?? []).map((x) => ({ quote: x.quote, reasonHtml: ctx.inline(x.reason) })),
        archive: source.archive,
        passages,
        citingFactCount: inputs.citing.length,
      },
      description: oneLine([
        `Archived article “${source.title}”, ${inputs.self.name}.`,
        inputs.self.sourceLabels?.length ? `${inputs.self.sourceLabels.map((l) => l.text).join("; ")}.` : undefined,
      ]),
      cardSubtitle: `“${source.title}”`,
      summary: [source.outlet.asStated ?? "outlet not named", published],
      dates: [published],
      actors: [],
    };
  },
} satisfies { [K in Kind]: (entity: EntityOf<K>, inputs: PageInputs) => Built<object> };

export type KindFields<K extends Kind> = ReturnType<(typeof PAGE_BUILDERS)[K]>["fields"];

/** The builders seen through a mapped type, so a function generic in K can call the builder of K. */
export const BUILDERS: { [K in Kind]: (entity: EntityOf<K>, inputs: PageInputs) => Built<KindFields<K>> } = PAGE_BUILDERS;
