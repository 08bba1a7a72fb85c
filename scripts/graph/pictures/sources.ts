/**
 * What the pictures read of each page: a meeting's and a proposal's relations,
 * anyone else's name and link. A large build lets each page go once its slice
 * is built, so the site-wide pictures are laid out from these instead.
 */
import type { EntityPage, PageOf } from "../pages/index.ts";

type Common = "kind" | "id" | "name" | "url" | "link";
export type PictureSource =
  | Pick<PageOf<"meeting">, Common | "date" | "end" | "participants" | "proposals" | "status">
  | Pick<PageOf<"proposal">, Common | "date" | "proposedBy" | "proposalKindLabel" | "counterproposalOf" | "supersededBy" | "related">
  | Pick<PageOf<"person">, Common>
  | Pick<PageOf<"organization">, Common>
  | Pick<PageOf<"source">, Common>;

export function pictureSource(page: EntityPage): PictureSource {
  const { kind, id, name, url, link } = page;
  if (page.kind === "meeting") return { kind: page.kind, id, name, url, link, date: page.date, end: page.end, participants: page.participants, proposals: page.proposals, status: page.status };
  if (page.kind === "proposal")
    return { kind: page.kind, id, name, url, link, date: page.date, proposedBy: page.proposedBy, proposalKindLabel: page.proposalKindLabel, counterproposalOf: page.counterproposalOf, supersededBy: page.supersededBy, related: page.related };
  return { kind, id, name, url, link } as PictureSource;
}
