/**
 * The five entity types. Every TypeScript type for the data is inferred from
 * these schemas; the JSON Schema that editors use is generated from them too.
 */
import { z } from "zod";
import {
  Alias,
  Citations,
  Cited,
  DateClaim,
  Disagreement,
  Fact,
  Id,
  IsoDay,
  Markdown,
  NonEmptyText,
  Participant,
  plainString,
  QuoteText,
  Ref,
  Role,
} from "./primitives.ts";

const common = {
  id: Id,
  name: NonEmptyText.describe("The canonical name, as the site shows it."),
  aliases: z.array(Alias).optional(),
  facts: z.array(Fact).optional(),
  disagreements: z.array(Disagreement).optional(),
  added: IsoDay.optional().describe("The day this entity was first published (defaults to the dataset's date)."),
};

export const QualityLabel = z.enum([
  "machine-translated",
  "syndicated-copy",
  "scraped-boilerplate",
  "undated",
  "generic-no-concrete-facts",
  "page-date-conflicts-with-story",
  "unrelated-links",
]);
export type QualityLabel = z.infer<typeof QualityLabel>;
export const QUALITY_LABELS: Record<QualityLabel, string> = {
  "machine-translated": "Machine-translated",
  "syndicated-copy": "Syndicated copy",
  "scraped-boilerplate": "Scraped boilerplate",
  undated: "Undated",
  "generic-no-concrete-facts": "Generic text, no concrete facts",
  "page-date-conflicts-with-story": "Page date conflicts with the story",
  "unrelated-links": "Links to unrelated stories",
};

/** Said of a source whose text names no outlet, wherever the source is cited. */
export const OUTLET_NOT_NAMED = "Outlet not named";

/**
 * Which labels qualify a quoted passage, and so are shown beside every citation
 * of the source; the others describe page furniture around the story.
 */
export const QUALITY_LABEL_QUALIFIES_QUOTES: Record<QualityLabel, boolean> = {
  "machine-translated": true,
  "syndicated-copy": true,
  "scraped-boilerplate": false,
  undated: true,
  "generic-no-concrete-facts": true,
  "page-date-conflicts-with-story": true,
  "unrelated-links": false,
};

export const Source = z
  .strictObject({
    ...common,
    title: NonEmptyText.describe("The headline, verbatim from the archived text."),
    archive: z.strictObject({
      file: plainString()
        .regex(/^[^/\\]+$/, "must be a bare file name inside the archive folder")
        .describe("The file name in the source archive."),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
    }),
    outlet: z
      .strictObject({
        asStated: NonEmptyText.optional().describe("The outlet exactly as the archived text names it."),
        organization: Ref.optional(),
        note: Markdown.optional(),
      })
      .refine((o) => o.asStated !== undefined || o.note !== undefined, {
        message: "give asStated, or a note saying why the outlet is not known",
      })
      // The same rule for the JSON Schema, where a refinement cannot go.
      .meta({ anyOf: [{ required: ["asStated"] }, { required: ["note"] }] }),
    published: DateClaim.describe("When the source was published, with its basis."),
    language: NonEmptyText.optional().describe("The language of the archived text, with a note if translated."),
    quality: z
      .array(z.strictObject({ label: QualityLabel, note: Markdown }))
      .optional()
      .describe("Labels that tell readers how far to trust the text, each with its reason."),
    excluded: z
      .array(
        z.strictObject({
          quote: QuoteText.describe("Verbatim words from the passage (enough to identify it)."),
          reason: Markdown,
        }),
      )
      .optional()
      .describe("Passages that are noise (links to unrelated stories, site furniture) and produce no facts."),
  })
  .describe("An archived article.");

export const OrganizationKind = z.enum([
  "state",
  "government-body",
  "agency",
  "armed-group",
  "political-movement",
  "international-body",
  "outlet",
  "forum",
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;
export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  state: "State",
  "government-body": "Government body",
  agency: "Agency",
  "armed-group": "Armed group",
  "political-movement": "Political movement",
  "international-body": "International body",
  outlet: "News outlet",
  forum: "Forum",
};

export const Organization = z
  .strictObject({
    ...common,
    kind: OrganizationKind,
    parent: Ref.optional().describe("The organization this one belongs to."),
  })
  .describe("A country, government, armed group, agency or outlet.");

export const Person = z
  .strictObject({
    ...common,
    roles: z.array(Role).optional(),
  })
  .describe("A person named in a public role.");

export const ProposalKind = z.enum([
  "plan",
  "counterproposal",
  "resolution",
  "truce",
  "deal",
  "condition",
  "demand",
  "response",
]);
export type ProposalKind = z.infer<typeof ProposalKind>;
export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  plan: "Plan",
  counterproposal: "Counterproposal",
  resolution: "Resolution",
  truce: "Truce",
  deal: "Deal",
  condition: "Condition",
  demand: "Demand",
  response: "Response",
};

export const ProposalStatus = z.enum([
  "proposed",
  "under-discussion",
  "accepted",
  "rejected",
  "adopted",
  "implemented",
  "superseded",
  "unknown",
]);
export type ProposalStatus = z.infer<typeof ProposalStatus>;
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  proposed: "Proposed",
  "under-discussion": "Under discussion",
  accepted: "Accepted",
  rejected: "Rejected",
  adopted: "Adopted",
  implemented: "Implemented",
  superseded: "Superseded",
  unknown: "Status unknown",
};

export const Stance = z.enum([
  "proposes",
  "supports",
  "welcomes",
  "accepts-with-conditions",
  "considers",
  "opposes",
  "rejects",
]);
export type Stance = z.infer<typeof Stance>;
export const STANCE_LABELS: Record<Stance, string> = {
  proposes: "proposes",
  supports: "supports",
  welcomes: "welcomes",
  "accepts-with-conditions": "accepts with conditions",
  considers: "considers",
  opposes: "opposes",
  rejects: "rejects",
};

export const Position = Fact.extend({
  party: Ref.describe("The person or organization whose position this is."),
  stance: Stance,
});

export const Proposal = z
  .strictObject({
    ...common,
    kind: ProposalKind,
    proposedBy: z.array(Ref).optional(),
    date: DateClaim.optional().describe("When it was made or announced."),
    status: z.strictObject({ value: ProposalStatus, note: Markdown.optional(), citations: Citations.optional() }),
    terms: z.array(Fact).optional().describe("Its terms: phases, conditions, what each side gives."),
    positions: z.array(Position).optional().describe("Each party's position, with its date."),
    stickingPoints: z.array(Fact).optional(),
    counterproposalOf: Ref.optional(),
    supersededBy: Ref.optional(),
    related: z.array(Ref).optional(),
  })
  .describe("A plan, counterproposal, resolution, truce, deal or condition under discussion.");

export const MeetingFormat = z.enum(["in-person", "call", "visit", "video"]);
export type MeetingFormat = z.infer<typeof MeetingFormat>;
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = { "in-person": "In person", call: "Call", visit: "Visit", video: "Video call" };

export const MeetingStatus = z.enum(["held", "scheduled", "cancelled"]);
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { held: "Held", scheduled: "Scheduled", cancelled: "Cancelled" };

export const Meeting = z
  .strictObject({
    ...common,
    format: MeetingFormat,
    status: MeetingStatus,
    date: DateClaim,
    end: DateClaim.optional().describe("For meetings or visits over several days."),
    place: Cited.optional(),
    participants: z.array(Participant).min(1, "a meeting needs at least one participant"),
    topics: z.array(Fact).optional(),
    outcomes: z.array(Fact).optional(),
    statements: z.array(Fact).optional(),
    proposals: z.array(Ref).optional().describe("Proposals discussed at the meeting."),
  })
  .describe("An in-person meeting, call or visit, held, scheduled or cancelled.");

export type Source = z.infer<typeof Source>;
export type Organization = z.infer<typeof Organization>;
export type Person = z.infer<typeof Person>;
export type Proposal = z.infer<typeof Proposal>;
export type Position = z.infer<typeof Position>;
export type Meeting = z.infer<typeof Meeting>;
