/**
 * The typed edges between entities, each read from the field that makes it:
 * who took part in which meeting and as what, who proposed or took a position
 * on which proposal, which organization a role or an organization belongs to,
 * which proposal answers or supersedes which. Plus the untyped backlinks
 * ("mentioned in") from every resolved reference.
 */
import { MEETING_STATUS_LABELS, STANCE_LABELS, type DateClaim, type Meeting, type Person } from "../schema/index.ts";
import { push, type GraphContext } from "./context.ts";
import type { Attendance, EntityLink, ProposalInvolvement } from "./views.ts";

export interface Relations {
  /** Meetings each person or organization took part in. */
  attendance: Map<string, Attendance[]>;
  /** Meetings where each proposal was discussed. */
  discussedAt: Map<string, Attendance[]>;
  /** Proposals each person or organization made or took a position on. */
  involvement: Map<string, ProposalInvolvement[]>;
  /** Each organization's people, with the title they hold there. */
  members: Map<string, Array<{ person: EntityLink; title: string }>>;
  /** Organizations whose parent is this one. */
  children: Map<string, EntityLink[]>;
  counterproposals: Map<string, EntityLink[]>;
  supersedes: Map<string, EntityLink[]>;
  /** Entities that refer to this one anywhere other than in a citation, by id. */
  mentionedIn: Map<string, Map<string, EntityLink>>;
}

/** The role a person held at a date: the roles whose span covers it, or every role when none does or the date is unknown. */
export function roleAt(person: Person | undefined, when: DateClaim): string | undefined {
  const roles = person?.roles ?? [];
  if (roles.length <= 1) return roles[0]?.title;
  if (when.basis === "unknown") return roles.map((r) => r.title).join("; ");
  const matching = roles.filter(
    (r) => (!r.start || r.start.basis === "unknown" || r.start.on <= when.on) && (!r.end || r.end.basis === "unknown" || r.end.on >= when.on),
  );
  return (matching.length ? matching : roles).map((r) => r.title).join("; ");
}

export function relate(ctx: GraphContext): Relations {
  const r: Relations = {
    attendance: new Map(),
    discussedAt: new Map(),
    involvement: new Map(),
    members: new Map(),
    children: new Map(),
    counterproposals: new Map(),
    supersedes: new Map(),
    mentionedIn: new Map(),
  };
  const personOf = (id: string) => {
    const e = ctx.linked.byId.get(id);
    return e?.kind === "person" ? e.entity : undefined;
  };
  const attended = (meeting: Meeting) => ({
    meeting: ctx.link(meeting.id),
    date: ctx.dateOf(meeting.date),
    statusNote: meeting.status === "held" ? undefined : MEETING_STATUS_LABELS[meeting.status],
  });

  for (const e of ctx.linked.entities) {
    const self = e.entity.id;
    // Relations are read from the fields that make them; a kind without such fields has none.
    if (e.kind === "meeting") {
      for (const p of e.entity.participants) {
        if (p.entity !== self) push(r.attendance, p.entity, { ...attended(e.entity), role: p.role ?? roleAt(personOf(p.entity), e.entity.date) });
      }
      for (const id of e.entity.proposals ?? []) push(r.discussedAt, id, attended(e.entity));
    } else if (e.kind === "proposal") {
      for (const id of e.entity.proposedBy ?? []) push(r.involvement, id, { proposal: ctx.link(self), relation: "proposed it" });
      for (const position of e.entity.positions ?? []) push(r.involvement, position.party, { proposal: ctx.link(self), relation: STANCE_LABELS[position.stance] });
      if (e.entity.counterproposalOf && e.entity.counterproposalOf !== self) push(r.counterproposals, e.entity.counterproposalOf, ctx.link(self));
      if (e.entity.supersededBy && e.entity.supersededBy !== self) push(r.supersedes, e.entity.supersededBy, ctx.link(self));
    } else if (e.kind === "person") {
      for (const role of e.entity.roles ?? []) if (role.organization) push(r.members, role.organization, { person: ctx.link(self), title: role.title });
    } else if (e.kind === "organization") {
      if (e.entity.parent && e.entity.parent !== self) push(r.children, e.entity.parent, ctx.link(self));
    }
  }

  for (const [target, references] of ctx.linked.referencesTo) {
    const mentions = new Map<string, EntityLink>();
    for (const ref of references) if (ref.field !== "source" && ref.field !== "sources") mentions.set(ref.from.entity.id, ctx.link(ref.from.entity.id));
    r.mentionedIn.set(target, mentions);
  }
  return r;
}
