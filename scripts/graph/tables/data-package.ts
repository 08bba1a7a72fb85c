/**
 * The tables described for machines and for people: a Frictionless Tabular
 * Data Package (`datapackage.json`, a Table Schema per CSV) and a README, both
 * read off the same table definitions the CSVs are written from.
 */
import type { SiteSettings } from "../../schema/index.ts";
import type { GraphContext } from "../context.ts";
import { plainText } from "../plain-text.ts";
import type { Table } from "./table.ts";

export const DATA_PACKAGE_FILE = "datapackage.json";
export const DATA_README_FILE = "README.md";

/** Cells that are empty hold no value; nothing else stands for a missing one. */
const MISSING_VALUES = [""];

/** A Data Package name: lowercase letters, digits and hyphens. */
const packageName = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function dataPackage(ctx: GraphContext, tables: Table[], sourcesUrl: string): Record<string, unknown> {
  const { settings } = ctx;
  return {
    profile: "tabular-data-package",
    name: packageName(settings.title),
    title: settings.title,
    description: plainText(settings.description),
    homepage: ctx.siteUrl,
    ...(settings.license ? { licenses: [settings.license] } : {}),
    sources: [{ title: "Archived news articles, each fact quoting one verbatim (listed in sources.csv)", path: sourcesUrl }],
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: t.fields,
        missingValues: MISSING_VALUES,
        primaryKey: t.primaryKey,
        ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}

function licenceText(license: SiteSettings["license"]): string {
  const quotes = "The quotations in the data are short excerpts of the archived articles, quoted to cite them; they remain their publishers' work and the licence does not cover them.";
  return license ? `The data is offered under ${license.title} (${license.name}, ${license.path}). ${quotes}` : `No licence has been stated for the data. ${quotes}`;
}

function tableSection(t: Table): string {
  const keys = [`Primary key: ${t.primaryKey.join(" + ")}.`];
  for (const fk of t.foreignKeys) keys.push(`${fk.fields.join(" + ")} → ${fk.reference.resource}.csv ${fk.reference.fields.join(" + ")}.`);
  const fields = t.fields.map((f) => {
    const allowed = f.constraints?.enum ? ` One of: ${f.constraints.enum.join(", ")}.` : "";
    const required = f.constraints?.required ? "required" : "optional";
    return `| ${f.name} | ${f.type} | ${required} | ${(f.description ?? "").replaceAll("|", "\\|")}${allowed} |`;
  });
  return [`### ${t.name}.csv — ${t.title}`, "", `${t.description} ${t.rows.length} rows.`, "", keys.join(" "), "", "| column | type | | meaning |", "|---|---|---|---|", ...fields].join("\n");
}

export function dataReadme(ctx: GraphContext, tables: Table[]): string {
  return `# ${ctx.settings.title}: the data

${plainText(ctx.settings.description)}

Published ${ctx.settings.published}. The site: ${ctx.siteUrl}

## What is here

* \`dataset.json\`: every entity exactly as curated (the source of every other file), each with the URL of its page.
* One CSV per table below: UTF-8 (without a byte-order mark; in a spreadsheet, import it as UTF-8 so Hebrew and
  Arabic names survive), comma-separated, RFC 4180 quoting, with a header row.
* \`${DATA_PACKAGE_FILE}\`: a Frictionless Tabular Data Package that describes every CSV with a Table Schema
  (types, required fields, allowed values, primary and foreign keys). Frictionless tools read it directly.
* Each entity page also has a JSON twin (the \`twin_url\` of \`entities.csv\`).

## How the tables join

Every entity has one row in \`entities.csv\` and one in the table of its kind (\`people.csv\`, \`organizations.csv\`,
\`proposals.csv\`, \`meetings.csv\`, \`sources.csv\`), joined on \`id\`. A column that names an entity holds its id.
Facts are in \`facts.csv\` (keyed by \`id\`); what a fact lists is in long tables keyed by the fact's id and \`n\`,
its place in the curated list: \`citations.csv\`, \`fact-about.csv\`, \`corrections.csv\`. \`positions.csv\` says who took
each position on a proposal. Disagreements are in \`disagreements.csv\`, their readings in \`readings.csv\` and the
readings' citations in \`reading-citations.csv\`. An entity's own lists are in \`aliases.csv\` (with \`alias-sources.csv\`),
\`roles.csv\`, \`participants.csv\`, \`entity-links.csv\`, \`source-quality.csv\` and \`source-excluded.csv\`; the passages behind
its dates, status, place, participants and roles are in \`record-citations.csv\`.

## Provenance

Every fact rests on at least one row of \`citations.csv\` with \`claim\` = \`text\`: a source and a quote copied verbatim
from that archived news article (only whitespace and curly or straight quotation marks may differ). \`sources.csv\` names
each article's archived file and its SHA-256, so a quote can be checked against the very text it was taken from.
Fact text and notes are the site's own words, in Markdown (rarely with any formatting).

## Dates

A date's precision is carried by its shape: \`2024\` (year), \`2024-06\` (month), \`2024-06-10\` (day); \`…_precision\` says
the same in a word. \`…_basis\` says how it is known: \`stated\` (the source states it; its passages are in the citation
tables with \`claim\` or \`record\` = date), \`inferred\` (worked out from the source; \`…_note\` gives the reasoning), \`outside\`
(added from knowledge outside the archive; \`…_note\` says what), or \`unknown\` (no date can be given; \`…_note\` says why).
\`added\` and \`corrections.csv\` \`on\` are the days the site published a fact or corrected it.

## Cells that start with = + - @ or an apostrophe

Spreadsheets run a cell that begins with \`=\`, \`+\`, \`-\` or \`@\` (or a tab or carriage return) as a formula. Every
such cell in these CSV files has an apostrophe (\`'\`) put in front, so a spreadsheet shows it as text. A cell that
already began with an apostrophe has a second one put in front, so the rule can be undone: where a cell starts with \`'\`,
drop that first character to get the value as curated. \`dataset.json\` holds every value unchanged.

## Licence

${licenceText(ctx.settings.license)}

## The tables

${tables.map(tableSection).join("\n\n")}
`;
}

export { licenceText };
