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
import { csvOf, type Table } from "./tables/table.ts";
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
 * the whole render.
 */
export function buildDownloads(ctx: GraphContext, byKind: { [K in Kind]: Array<EntityOf<K>> }): { downloads: Download[]; licence: DataLicence; files: () => DownloadFile[] } {
  // Each body is a function: listing the downloads needs only the tables' row counts.
  const made = () => {
    const tables = dataTables(ctx, byKind);
    const file = (fileName: string, summary: string, body: () => string) => ({ url: `${DATA_PATH}${fileName}`, fileName, summary, body });
    return [
      file(DATA_README_FILE, "what each table holds, how they join, where every fact comes from, and the licence.", () => dataReadme(ctx, tables)),
      file(DATA_PACKAGE_FILE, "a Frictionless Data Package: a Table Schema for every CSV.", () => JSON.stringify(dataPackage(ctx, tables, ctx.absolute(`/${KINDS.source.segment}/`)), null, 2) + "\n"),
      file("dataset.json", "every entity as curated, with its URL.", () => JSON.stringify(dataset(ctx, byKind), null, 2) + "\n"),
      ...tables.map((t) => file(`${t.name}.csv`, `${t.title}: ${t.rows.length} rows.`, () => csvOf(t))),
    ];
  };
  const downloads = made().map(({ url, fileName, summary }) => ({ url, fileName, summary }));
  const license = ctx.settings.license;
  return {
    downloads,
    licence: { text: licenceText(license), ...(license ? { title: license.title, url: license.path } : {}) },
    files: () => made().map(({ url, body }) => ({ url, body: body() })),
  };
}

function dataset(ctx: GraphContext, byKind: { [K in Kind]: Array<EntityOf<K>> }) {
  return {
    title: ctx.settings.title,
    published: ctx.settings.published,
    ...Object.fromEntries(
      KIND_LIST.map((k) => [
        KINDS[k].folder,
        byKind[k].map((e) => ({ url: ctx.link(e.id).absoluteUrl, twinUrl: twinPath(ctx.link(e.id).absoluteUrl), ...e })),
      ]),
    ),
  };
}
