/**
 * The dataset as files: all of it as JSON, every table as CSV, and the data
 * package and README that describe them. Built from the validated entities
 * (raw values, not display labels); the URLs in them are public ones, under
 * the site's path prefix.
 */
import { KINDS, KIND_LIST, type EntityOf, type Kind } from "../schema/index.ts";
import { twinPath } from "../shared/url-scheme.ts";
import type { GraphContext } from "./context.ts";
import type { DataLicence, Download, DownloadFile } from "./views.ts";
import { DATA_PATH } from "./page-meta.ts";
import { csvLines, type Table } from "./tables/table.ts";
import { entityTables } from "./tables/entity-tables.ts";
import { factTables } from "./tables/fact-tables.ts";
import { DATA_PACKAGE_FILE, DATA_README_FILE, dataPackage, dataReadme, licenceText } from "./tables/data-package.ts";

/** Every table, in the order the data page and the data package list them. */
export function dataTables(ctx: GraphContext, byKind: { [K in Kind]: Array<EntityOf<K>> }): Table[] {
  return [...entityTables(ctx, byKind), ...factTables(ctx, byKind)];
}

/**
 * `byKind` holds each kind's entities in the order the index pages list them.
 * The files are made again when they are written (`files`), not held: at
 * 100k entities they are most of a gigabyte the graph would carry through
 * the whole render. They are made one at a time, as the writer asks for the
 * next: made all at once, their text was the build's peak memory at 100k.
 */
export function buildDownloads(ctx: GraphContext, byKind: { [K in Kind]: Array<EntityOf<K>> }): { downloads: Download[]; licence: DataLicence; files: () => Iterable<DownloadFile> } {
  // Each body is a function: listing the downloads needs only the tables' row counts.
  const made = () => {
    const tables = dataTables(ctx, byKind);
    const file = (fileName: string, summary: string, body: () => Iterable<string>) => ({ url: `${DATA_PATH}${fileName}`, fileName, summary, body });
    return [
      file(DATA_README_FILE, "what each table holds, how they join, where every fact comes from, and the licence.", () => [dataReadme(ctx, tables)]),
      file(DATA_PACKAGE_FILE, "a Frictionless Data Package: a Table Schema for every CSV.", () => [JSON.stringify(dataPackage(ctx, tables, ctx.absolute(`/${KINDS.source.segment}/`)), null, 2) + "\n"]),
      file("dataset.json", "every entity as curated, with its URL.", () => datasetJson(ctx, byKind)),
      ...tables.map((t) => file(`${t.name}.csv`, `${t.title}: ${t.rows.length} rows.`, () => csvLines(t))),
    ];
  };
  const downloads = made().map(({ url, fileName, summary }) => ({ url, fileName, summary }));
  const license = ctx.settings.license;
  return {
    downloads,
    licence: { text: licenceText(license), ...(license ? { title: license.title, url: license.path } : {}) },
    files: function* () {
      for (const { url, body } of made()) yield { url, pieces: body() };
    },
  };
}

/**
 * dataset.json as `JSON.stringify(dataset, null, 2)` would write it, an entity
 * at a time: whole, it is the largest file the build writes.
 */
function* datasetJson(ctx: GraphContext, byKind: { [K in Kind]: Array<EntityOf<K>> }): Generator<string> {
  const nested = (value: unknown) => JSON.stringify(value, null, 2).replaceAll("\n", "\n    ");
  yield `{\n  "title": ${JSON.stringify(ctx.settings.title)},\n  "published": ${JSON.stringify(ctx.settings.published)}`;
  for (const k of KIND_LIST) {
    const list = byKind[k];
    yield `,\n  ${JSON.stringify(KINDS[k].folder)}: ${list.length === 0 ? "[]" : "["}`;
    for (const [i, e] of list.entries()) yield `${i === 0 ? "" : ","}\n    ${nested({ url: ctx.link(e.id).absoluteUrl, twinUrl: twinPath(ctx.link(e.id).absoluteUrl), ...e })}`;
    if (list.length > 0) yield "\n  ]";
  }
  yield "\n}\n";
}
