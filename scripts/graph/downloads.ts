/**
 * The dataset as files: all of it as JSON, and a CSV per kind plus one of every
 * fact. Built from the validated entities (raw values, not display labels).
 */
import { stringify } from "csv-stringify/sync";
import { csvTableOf, dateValue, factSectionsOf, KINDS, KIND_LIST, precisionOf, type EntityOf, type Fact, type Kind } from "../schema/index.ts";
import { anchorPath } from "../shared/url-scheme.ts";
import type { GraphContext } from "./context.ts";
import { entityLookup } from "./json-ld.ts";
import type { Download } from "./views.ts";
import { DATA_PATH } from "./page-meta.ts";

const list = (items: string[]) => items.join("; ");

function factsTable(ctx: GraphContext): string[][] {
  const rows = [["id", "entity", "entity_type", "section", "text", "speaker", "date", "date_precision", "date_basis", "sources", "quotes", "url"]];
  for (const { kind, entity } of ctx.linked.entities) {
    for (const [field, label] of factSectionsOf(kind)) {
      for (const fact of ((entity as Record<string, unknown>)[field] as Fact[] | undefined) ?? []) {
        const on = dateValue(fact.date);
        rows.push([
          fact.id,
          entity.id,
          kind,
          label,
          ctx.plain(fact.text),
          fact.speaker ?? "",
          on ?? "",
          !fact.date ? "" : on ? precisionOf(on) : "unknown",
          fact.date?.basis ?? "",
          list(fact.citations.map((c) => c.source)),
          list(fact.citations.map((c) => c.quote)),
          anchorPath(ctx.link(entity.id).url, fact.id),
        ]);
      }
    }
  }
  return rows;
}

/** `byKind` holds each kind's entities in the order the index pages list them. */
export function buildDownloads(ctx: GraphContext, byKind: { [K in Kind]: Array<EntityOf<K>> }): Download[] {
  const lookup = entityLookup(ctx);
  const csv = (name: string, table: string[][]): Download => ({
    url: `${DATA_PATH}${name}.csv`,
    fileName: `${name}.csv`,
    summary: `${table.length - 1} rows.`,
    body: stringify(table),
  });
  const dataset = {
    title: ctx.settings.title,
    published: ctx.settings.published,
    ...Object.fromEntries(KIND_LIST.map((k) => [KINDS[k].folder, byKind[k].map((e) => ({ url: lookup.path(e.id), ...e }))])),
  };
  return [
    { url: `${DATA_PATH}dataset.json`, fileName: "dataset.json", summary: "every entity as curated, with its URL.", body: JSON.stringify(dataset, null, 2) + "\n" },
    ...KIND_LIST.map((k) => csv(KINDS[k].folder, csvTableOf(k, byKind[k], lookup))),
    csv("facts", factsTable(ctx)),
  ];
}
