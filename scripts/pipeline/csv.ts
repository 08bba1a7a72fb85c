/** The dataset as one CSV file per entity type, plus one for all facts. */
import { stringify } from "csv-stringify/sync";
import type { EntityFolder } from "../schema/index.ts";
import type * as V from "./views.ts";

const list = (items: string[]) => items.join("; ");
const date = (d: V.DateView | undefined) => [d?.on ?? "", d?.precision ?? "", d?.basis ?? ""];

export function csvFiles(pages: Record<EntityFolder, V.EntityPage[]>, facts: V.FactView[]): V.CsvFile[] {
  const file = (name: string, header: string[], rows: string[][]): V.CsvFile => ({
    name,
    url: `/data/${name}.csv`,
    rows: rows.length,
    content: stringify([header, ...rows]),
  });
  const aliases = (p: V.EntityPage) => list(p.aliases.map((a) => a.name));
  return [
    file("people", ["id", "name", "aliases", "roles", "url"], (pages.people as V.PersonPage[]).map((p) => [p.id, p.name, aliases(p), list(p.roles.map((r) => r.title)), p.url])),
    file(
      "organizations",
      ["id", "name", "kind", "parent", "aliases", "url"],
      (pages.organizations as V.OrganizationPage[]).map((p) => [p.id, p.name, p.orgKindLabel, p.parent?.id ?? "", aliases(p), p.url]),
    ),
    file(
      "proposals",
      ["id", "name", "kind", "proposed_by", "date", "date_precision", "date_basis", "status", "url"],
      (pages.proposals as V.ProposalPage[]).map((p) => [p.id, p.name, p.proposalKindLabel, list(p.proposedBy.map((x) => x.id)), ...date(p.date), p.status.value, p.url]),
    ),
    file(
      "meetings",
      ["id", "name", "format", "status", "date", "date_precision", "date_basis", "place", "participants", "url"],
      (pages.meetings as V.MeetingPage[]).map((m) => [m.id, m.name, m.formatLabel, m.status, ...date(m.date), m.place?.name ?? "", list(m.participants.map((p) => p.entity.id)), m.url]),
    ),
    file(
      "sources",
      ["id", "title", "outlet_as_stated", "published", "published_precision", "published_basis", "quality", "archive_file", "sha256", "url"],
      (pages.sources as V.SourcePage[]).map((s) => [s.id, s.title, s.outlet.asStated ?? "", ...date(s.published), list(s.quality.map((q) => q.label)), s.archive.file, s.archive.sha256, s.url]),
    ),
    file(
      "facts",
      ["id", "entity", "entity_type", "section", "text", "speaker", "date", "date_precision", "date_basis", "sources", "quotes", "url"],
      facts.map((f) => [f.id, f.owner.id, f.owner.kind, f.section, f.text, f.speaker?.id ?? "", ...date(f.date), list(f.citations.map((c) => c.source.id)), list(f.citations.map((c) => c.quote)), f.url]),
    ),
  ];
}
