/**
 * The stub `npm run new` writes for each kind: every required field present,
 * with comments from docs/DATA.md. A value the curator must supply and no one
 * can guess (a kind, a participant) is written `TODO`, or left empty where TODO
 * would pass as text; the check rejects either by name, so a stub is never
 * published with an invented value.
 */
import { MeetingFormat, MeetingStatus, OrganizationKind, ProposalKind, type Kind } from "../schema/index.ts";

export const TODO = "TODO";

const common = (id: string, what: string, name: string) => `# ${what} See docs/DATA.md ("Per type") for every field.
id: ${id}
# The canonical name, as the site shows it. Made from the id: check it against the sources.
name: ${name}
# Other spellings a source uses, each with the sources it appears in:
# aliases:
#   - { name: <as the source spells it>, kind: spelling-variant, sources: [<source id>] }
`;

const facts = (field: string, id: string) => `# ${field}:
#   - id: ${id}-<what-it-says>          # a stable anchor, unique in the dataset
#     text: <our own sentence, no more than the quotes support>
#     citations:
#       - { source: <source id>, quote: "<verbatim words>" }
`;

const options = (values: readonly string[]) => values.join(", ");

/** A name to start from: "jake-sullivan" → "Jake Sullivan". */
export function nameFromId(id: string): string {
  return id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

export const STUBS: { [K in Kind]: (id: string) => string } = {
  person: (id) =>
    common(id, "A person named in a public role.", nameFromId(id)) +
    `# roles:
#   - title: <the title as the source gives it>
#     organization: <organization id>
#     citations:
#       - { source: <source id>, quote: "<verbatim words that name them and the title>" }
` +
    facts("facts", id),
  organization: (id) =>
    common(id, "A state, government body, agency, armed group, outlet or forum.", nameFromId(id)) +
    `# One of: ${options(OrganizationKind.options)}.
kind: ${TODO}
# parent: <the organization this one belongs to>
` +
    facts("facts", id),
  proposal: (id) =>
    common(id, "A plan, counterproposal, resolution, truce, deal or condition.", nameFromId(id)) +
    `# One of: ${options(ProposalKind.options)}.
kind: ${TODO}
# proposedBy: [<person or organization id>]
# Where it stands; "unknown" until a source says.
status:
  value: unknown
` +
    facts("terms", id),
  meeting: (id) =>
    common(id, "A meeting, call or visit.", nameFromId(id)) +
    `# One of: ${options(MeetingFormat.options)}.
format: ${TODO}
# One of: ${options(MeetingStatus.options)}.
status: ${TODO}
# Always with its basis (docs/DATA.md, "Dates"); when no source dates it:
#   date: { basis: unknown, note: "<what the sources say about timing>" }
date: ${TODO}
participants:
  - entity: ${TODO}
    citations:
      - source: ${TODO}
        quote: # TODO: the shortest run of words, copied verbatim, that names them
` +
    facts("statements", id),
  source: (id) =>
    `# An archived article. npm run add-source <archived-file> drafts this from the text itself.
id: ${id}
name: ${nameFromId(id)}
title: # TODO: the headline, verbatim from the archived text
archive:
  file: # TODO: the file name in the source archive
  sha256: # TODO: the file's sha256 (npm run add-source computes it)
# The outlet as the text names it: { asStated, organization }, or { note } saying why it is not known.
outlet: ${TODO}
# Always with its basis (docs/DATA.md, "Dates").
published: ${TODO}
`,
};
