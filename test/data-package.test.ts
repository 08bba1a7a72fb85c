/**
 * The downloads as a data user meets them: a valid Frictionless data package,
 * every CSV true to its Table Schema, nothing of the curated data left out, URLs
 * that work under the path prefix, and no cell a spreadsheet would run.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { Browser } from "playwright-core";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { neutralise } from "../scripts/graph/tables/table.ts";
import { BUNDLED_DATA, FIXTURE_DATA, ROOT } from "./helpers/paths.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";
import { checkPackage, parseCsv, type Resource } from "./helpers/table-schema.ts";
import { serve, type RunningServer } from "./helpers/site.ts";
import { launchBrowser } from "./helpers/browser.ts";

const SITES = {
  bundled: { dir: inject("bundledSite"), data: BUNDLED_DATA, ...SHARED_SITES.bundled },
  fixture: { dir: inject("fixtureSite"), data: FIXTURE_DATA, ...SHARED_SITES.fixture },
};

interface Package {
  resources: Resource[];
  licenses?: Array<{ name: string; path: string; title?: string }>;
}

const readPackage = (site: string): Package => JSON.parse(readFileSync(join(site, "data/datapackage.json"), "utf8"));
function readTables(site: string, pkg: Package): Map<string, string> {
  return new Map(pkg.resources.map((r) => [r.path, readFileSync(join(site, "data", r.path), "utf8")]));
}

/** The value a cell stands for: the README's rule undoes the apostrophe that neutralises a formula. */
const valueOf = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/** Each table as objects keyed by column name, with the cells' values. */
function records(site: string, name: string): Array<Record<string, string>> {
  const { header, rows } = parseCsv(readFileSync(join(site, "data", `${name}.csv`), "utf8"));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, valueOf(row[i] ?? "")])));
}

function profileValidator() {
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // A hint for form editors in the profile, not a constraint on values.
  ajv.addFormat("textarea", true);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, "test/fixtures/frictionless/tabular-data-package.json"), "utf8")));
}

describe.each(Object.entries(SITES))("the data package of the %s site", (_, site) => {
  const pkg = readPackage(site.dir);

  it("is a valid Tabular Data Package, with a Table Schema for every CSV it ships", () => {
    const validate = profileValidator();
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const shipped = readdirSync(join(site.dir, "data")).filter((f) => f.endsWith(".csv")).sort();
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(shipped);
    for (const r of pkg.resources) expect(r.schema.fields.length, r.name).toBeGreaterThan(0);
  });

  it("holds every CSV to its Table Schema: types, required fields, enums, patterns, primary and foreign keys", () => {
    const tables = readTables(site.dir, pkg);
    expect(checkPackage(pkg.resources, tables)).toEqual([]);
    const keyed = pkg.resources.filter((r) => r.schema.foreignKeys?.length);
    expect(keyed.length).toBeGreaterThan(10);
  });

  it("has no cell a spreadsheet would run as a formula", () => {
    for (const [path, text] of readTables(site.dir, pkg)) {
      const { header, rows } = parseCsv(text);
      for (const cell of [...header, ...rows.flat()]) expect(cell, path).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("gives public URLs under the path prefix, each naming a file the site has", () => {
    const urls = pkg.resources.flatMap((r) =>
      r.schema.fields.filter((f) => f.format === "uri").flatMap((f) => records(site.dir, r.name).map((row) => row[f.name]!).filter(Boolean)),
    );
    const dataset = JSON.parse(readFileSync(join(site.dir, "data/dataset.json"), "utf8")) as Record<string, unknown>;
    for (const list of Object.values(dataset)) if (Array.isArray(list)) for (const e of list) urls.push(e.url, e.twinUrl);
    for (const file of readdirSync(join(site.dir, "people")).filter((f) => f.endsWith(".json"))) {
      const twin = JSON.parse(readFileSync(join(site.dir, "people", file), "utf8"));
      urls.push(twin.url, twin.page);
    }
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(url, url).toMatch(new RegExp(`^${site.siteUrl.replaceAll(".", "\\.")}`));
      const path = new URL(url).pathname.slice(site.prefix.length);
      const file = path === "" || path.endsWith("/") ? join(site.dir, path, "index.html") : join(site.dir, path);
      expect(existsSync(file), url).toBe(true);
    }
  });
});

describe("the download URLs published before the data package", () => {
  it.each(["dataset.json", "people.csv", "organizations.csv", "proposals.csv", "meetings.csv", "sources.csv", "facts.csv"])("still serve %s", (file) => {
    expect(existsSync(join(SITES.bundled.dir, "data", file))).toBe(true);
  });
});

describe("the checks can fail", () => {
  const site = SITES.fixture.dir;
  const pkg = readPackage(site);

  it("the profile rejects a resource without a schema, and a field of no known type", () => {
    const validate = profileValidator();
    const broken = structuredClone(pkg) as unknown as { resources: Array<Record<string, unknown>> };
    delete broken.resources[0]!.schema;
    expect(validate(broken)).toBe(false);
    const badType = structuredClone(pkg);
    badType.resources[1]!.schema.fields[0]!.type = "text";
    expect(validate(badType)).toBe(false);
  });

  it("the Table Schema checker finds a bad enum, an empty required cell, a repeated key, a dangling reference and a wrong header", () => {
    const tables = readTables(site, pkg);
    const edit = (path: string, change: (text: string) => string) => new Map([...tables].map(([p, t]) => [p, p === path ? change(t) : t]));
    const errorsOf = (path: string, change: (text: string) => string) => checkPackage(pkg.resources, edit(path, change)).join("\n");
    expect(errorsOf("entities.csv", (t) => t.replace(",person,", ",human,"))).toMatch(/entities\.csv row \d+ type: "human" is not one of/);
    expect(errorsOf("facts.csv", (t) => t.replace(/\n([a-z0-9-]+),/, "\n,"))).toMatch(/facts\.csv row 2 id: required, but empty/);
    expect(errorsOf("people.csv", (t) => t + t.split("\n")[1] + "\n")).toMatch(/people\.csv row \d+: primary key \["ada-example"\] is not unique/);
    expect(errorsOf("citations.csv", (t) => t.replace(",fixture-article,", ",no-such-source,"))).toMatch(/citations\.csv row \d+: source \["no-such-source"\] is not in sources/);
    expect(errorsOf("aliases.csv", (t) => t.replace(/,1,/, ",first,"))).toMatch(/aliases\.csv row \d+ n: "first" is not an integer/);
    expect(errorsOf("entities.csv", (t) => t.replace("id,type", "id,kind"))).toMatch(/entities\.csv: header/);
    expect(errorsOf("entities.csv", (t) => t.replace("ada-example,person", "Ada_Example,person"))).toMatch(/does not match/);
  });
});

describe.each(Object.entries(SITES))("the downloads of the %s site lose nothing of the curated data", (name, { dir: site, data }) => {
  const { linked } = checkData(data);
  const entities = linked.entities.map((e) => e.entity);

  it("dataset.json is every entity exactly as curated, plus its URLs", () => {
    const dataset = JSON.parse(readFileSync(join(site, "data/dataset.json"), "utf8")) as Record<string, unknown>;
    const listed = Object.values(dataset).flatMap((v) => (Array.isArray(v) ? v : [])) as Array<Record<string, unknown>>;
    const byId = new Map(listed.map(({ url: _url, twinUrl: _twin, ...e }) => [e.id, e]));
    expect(byId.size).toBe(entities.length);
    for (const e of entities) expect(byId.get(e.id), e.id).toEqual(JSON.parse(JSON.stringify(e)));
  });

  it("every value of every entity is a cell of some table", () => {
    const cells = new Set<string>();
    for (const file of readdirSync(join(site, "data")).filter((f) => f.endsWith(".csv"))) {
      for (const row of parseCsv(readFileSync(join(site, "data", file), "utf8")).rows) for (const cell of row) cells.add(valueOf(cell));
    }
    const missing: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      else if (!cells.has(String(value))) missing.push(`${path} = ${String(value)}`);
    };
    for (const e of entities) walk(e, e.id);
    expect(missing).toEqual([]);
  });

  it("every citation is a row: of facts, of readings, or of dates, statuses, places, participants and roles", () => {
    let cited = 0;
    const count = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(count);
      else if (value && typeof value === "object") {
        if ("source" in value && "quote" in value) cited++;
        else Object.values(value).forEach(count);
      }
    };
    entities.forEach(count);
    const rows = ["citations", "reading-citations", "record-citations"].map((t) => records(site, t).length);
    expect(rows.reduce((a, b) => a + b)).toBe(cited);
    expect(cited).toBeGreaterThan(name === "bundled" ? 100 : 5);
  });

  it("facts, their citations, aliases, positions and corrections match the entities field by field", () => {
    const facts = new Map(records(site, "facts").map((r) => [r.id, r]));
    const citations = new Set(records(site, "citations").map((r) => `${r.fact}|${r.claim}|${r.n}|${r.source}|${r.quote}`));
    const about = new Set(records(site, "fact-about").map((r) => `${r.fact}|${r.entity}`));
    const corrections = new Set(records(site, "corrections").map((r) => `${r.fact}|${r.on}|${r.note}`));
    const positions = new Map(records(site, "positions").map((r) => [r.fact, r]));
    const aliases = new Set(records(site, "aliases").map((r) => `${r.entity}|${r.name}|${r.kind}|${r.note}`));
    const aliasSources = new Set(records(site, "alias-sources").map((r) => `${r.entity}|${r.alias}|${r.source}`));
    let checked = 0;
    for (const { kind, entity } of linked.entities) {
      entity.aliases?.forEach((a, i) => {
        expect(aliases, `${entity.id} alias ${a.name}`).toContain(`${entity.id}|${a.name}|${a.kind}|${a.note ?? ""}`);
        for (const s of a.sources) expect(aliasSources).toContain(`${entity.id}|${i + 1}|${s}`);
      });
      for (const [section, list] of Object.entries(entity)) {
        if (!Array.isArray(list) || !list.every((f) => f && typeof f === "object" && "text" in f && "citations" in f && "id" in f)) continue;
        for (const fact of list) {
          checked++;
          const row = facts.get(fact.id);
          expect(row, fact.id).toMatchObject({ entity: entity.id, entity_type: kind, section, text: fact.text, speaker: fact.speaker ?? "", note: fact.note ?? "" });
          expect(row!.date_basis).toBe(fact.date?.basis ?? "");
          fact.citations.forEach((c: { source: string; quote: string }, i: number) => expect(citations, fact.id).toContain(`${fact.id}|text|${i + 1}|${c.source}|${c.quote}`));
          (fact.date?.citations ?? []).forEach((c: { source: string; quote: string }, i: number) => expect(citations, fact.id).toContain(`${fact.id}|date|${i + 1}|${c.source}|${c.quote}`));
          for (const a of fact.about ?? []) expect(about).toContain(`${fact.id}|${a}`);
          for (const c of fact.corrections ?? []) expect(corrections).toContain(`${fact.id}|${c.on}|${c.note}`);
          if ("party" in fact) expect(positions.get(fact.id), fact.id).toMatchObject({ proposal: entity.id, party: fact.party, stance: fact.stance });
        }
      }
    }
    expect(checked).toBe(facts.size);
    expect(positions.size).toBeGreaterThan(0);
  });
});

describe("formula injection", () => {
  it("puts an apostrophe before = + - @ tab and CR, and before an apostrophe so the rule can be undone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "'"]) expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`);
    for (const plain of ["Biden said", "2024-06-10", "a = b", "", "“quoted”"]) expect(neutralise(plain)).toBe(plain);
    for (const value of ["=HYPERLINK(A1)", "'already quoted", "plain"]) expect(valueOf(neutralise(value))).toBe(value);
  });

  it("neutralises the fixture's =HYPERLINK fact in facts.csv, and dataset.json keeps it as curated", () => {
    const site = SITES.fixture.dir;
    const { rows, header } = parseCsv(readFileSync(join(site, "data/facts.csv"), "utf8"));
    const row = rows.find((r) => r[0] === "mallory-hostile-formula")!;
    expect(row[header.indexOf("text")]).toMatch(/^'=HYPERLINK\(A1,"Open the report"\)/);
    expect(row[header.indexOf("note")]).toMatch(/^'\+SUM\(1,1\)/);
    const dataset = readFileSync(join(site, "data/dataset.json"), "utf8");
    expect(dataset).toContain('"text": "=HYPERLINK(A1,\\"Open the report\\")');
  });
});

describe("the data page and README in a browser, under the path prefix", () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(SITES.bundled.dir, SITES.bundled.prefix);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("links every file of the package, each downloads, and the licence is stated", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("data/", server.url).href);
    const links = await page.$$eval("main a[href]", (as) => as.map((a) => ({ text: a.textContent ?? "", href: (a as HTMLAnchorElement).href })));
    const pkg = readPackage(SITES.bundled.dir);
    const files = ["README.md", "datapackage.json", "dataset.json", ...pkg.resources.map((r) => r.path)];
    for (const file of files) {
      const link = links.find((l) => l.text === file);
      expect(link, file).toBeDefined();
      expect(new URL(link!.href).pathname).toBe(`${SITES.bundled.prefix}data/${file}`);
      const status = await page.evaluate(async (href) => (await fetch(href)).status, link!.href);
      expect(status, file).toBe(200);
    }
    const licence = await page.locator("#data-licence").innerText();
    expect(licence).toContain(pkg.licenses![0]!.title!);
    expect(links.find((l) => l.href === pkg.licenses![0]!.path)).toBeDefined();
    await page.close();
  });

  it("the README names every table, the neutralisation rule and the licence", () => {
    const readme = readFileSync(join(SITES.bundled.dir, "data/README.md"), "utf8");
    const pkg = readPackage(SITES.bundled.dir);
    for (const r of pkg.resources) expect(readme).toContain(`### ${r.path}`);
    expect(readme).toContain("drop that first character");
    expect(readme).toContain(pkg.licenses![0]!.name);
    expect(readme).toMatch(/verbatim/);
  });
});
