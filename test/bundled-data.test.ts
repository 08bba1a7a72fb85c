/** One real build of the bundled dataset, plus the checks against the source archive. */
import { describe, expect, inject, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_DATA, ROOT, archiveDir } from "./helpers/paths.ts";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { factVersionsOf } from "../scripts/pipeline/checks/fact-versions.ts";
import { runCli } from "./helpers/cli.ts";
import { listFiles } from "./helpers/site.ts";
import { buildSiteGraph } from "../scripts/graph/build-graph.ts";
import { editorSettings, EDITOR_SETTINGS_FILE, jsonSchemas, SCHEMA_DIR } from "../scripts/schema/json-schema.ts";
import { archiveExists } from "../scripts/pipeline/archive/archive.ts";
import { KINDS, KIND_LIST } from "../scripts/schema/index.ts";

const ENTITY_FOLDERS = KIND_LIST.map((k) => KINDS[k].folder);

// Built once per run (test/global-setup.ts).
const site = inject("bundledSite");

describe("the bundled dataset", () => {
  it("builds a page and a JSON twin for every entity, and every index", () => {
    const files = new Set(listFiles(site));
    for (const folder of ENTITY_FOLDERS) {
      const ids = readdirSync(join(BUNDLED_DATA, folder)).map((f) => f.replace(/\.yaml$/, ""));
      expect(ids.length, folder).toBeGreaterThan(0);
      expect(files.has(`${folder}/index.html`)).toBe(true);
      for (const id of ids) {
        expect(files.has(`${folder}/${id}/index.html`), `${folder}/${id}`).toBe(true);
        expect(files.has(`${folder}/${id}.json`), `${folder}/${id}.json`).toBe(true);
      }
    }
    for (const f of ["index.html", "timeline/index.html", "search/index.html", "404.html", "sitemap.xml", "feed.xml", "data/dataset.json", "pagefind/pagefind.js"]) {
      expect(files.has(f), f).toBe(true);
    }
  });

  it("has a Pagefind index over every entity page", () => {
    const entry = JSON.parse(readFileSync(join(site, "pagefind/pagefind-entry.json"), "utf8"));
    const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    const entities = ENTITY_FOLDERS.reduce((n, f) => n + readdirSync(join(BUNDLED_DATA, f)).length, 0);
    expect(indexed).toBe(entities);
  });

  it("records every published URL and fact anchor in the permanence manifest", () => {
    const result = buildSiteGraph(BUNDLED_DATA, { siteUrl: "http://localhost:8080/" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const manifest = readFileSync(join(BUNDLED_DATA, "published-urls.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
    const missing = result.graph.publishedUrls.filter((u) => !manifest.includes(u));
    expect(missing, "run `npm run urls:record` and commit _data/published-urls.txt").toEqual([]);
  });

  it("records what every published fact says, so a change needs a dated correction", () => {
    const recorded = new Set(readFileSync(join(BUNDLED_DATA, "fact-versions.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(" ")[0]));
    const facts = factVersionsOf(checkData(BUNDLED_DATA).linked.entities);
    expect(facts.length).toBeGreaterThan(100);
    expect(facts.filter((f) => !recorded.has(f.id)).map((f) => f.id), "run `npm run urls:record` and commit _data/fact-versions.txt").toEqual([]);
  });

  it("ships JSON Schemas generated from the current zod schema", () => {
    for (const [name, content] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(ROOT, SCHEMA_DIR, name), "utf8"), `${name}: run npm run schema`).toBe(content);
    }
    expect(readFileSync(join(ROOT, EDITOR_SETTINGS_FILE), "utf8"), `${EDITOR_SETTINGS_FILE}: run npm run schema`).toBe(editorSettings());
  });
});

// The archive is not part of the project. CI always has it (and fails without it); elsewhere these checks say why they are skipped.
const archive = archiveDir();
const haveArchive = archiveExists(archive);
if (!haveArchive && process.env.CI) throw new Error(`CI needs the source archive at ${archive} (set ARCHIVE_DIR).`);
if (!haveArchive) console.warn(`Skipping the archive checks: no source archive at ${archive} (set ARCHIVE_DIR).`);

describe.skipIf(!haveArchive)("the bundled dataset against the source archive", () => {
  it("every quote is verbatim in its source and every hash matches (npm run verify)", () => {
    const run = runCli("verify.ts", ["--archive", archive, "--check"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ \d+ quoted passages found verbatim and 5 source hashes matched/);
    // The committed record of where each cited passage sits is current (source pages order passages by it).
    expect(run.stdout).toMatch(/✓ _data\/quote-positions\.json records where every cited passage sits in its article/);
  });

  it("every substantive paragraph of every source is cited or excluded (npm run coverage)", () => {
    const run = runCli("coverage.ts", ["--archive", archive]);
    expect(run.stdout).toMatch(/✓ Every substantive paragraph is cited, excluded or the headline/);
    // source-003's headline is excluded as generic, so nothing in it counts as cited.
    expect(run.stdout).toMatch(/^source-003 \S+: 11 substantive paragraphs, 0 cited, 11 excluded, 0 headline,/m);
    expect(run.stdout).toMatch(/^source-004 \S+: \d+ substantive paragraphs, \d+ cited, \d+ excluded, 1 headline,/m);
    expect(run.status).toBe(0);
  });
});

describe("verify and coverage on the fixture archive", () => {
  it("verify fails plainly when the archive is missing", () => {
    const run = runCli("verify.ts", ["--archive", join(ROOT, "no-such-archive")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/The source archive was not found at .*no-such-archive \(from --archive\)/);
  });

  it("verify reports a quote that is not verbatim, naming file, entity and field", async () => {
    const { copyData, FIXTURE_ARCHIVE } = await import("./helpers/paths.ts");
    const dir = copyData();
    const file = join(dir, "meetings/sampleton-meeting.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, readFileSync(file, "utf8").replace('quote: "met the envoy in Sampleton"', 'quote: "met the envoys in Sampleton"'));
    const run = runCli("verify.ts", ["--data", dir, "--archive", FIXTURE_ARCHIVE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/meetings\/sampleton-meeting\.yaml:\d+:\d+ — entity "sampleton-meeting", field place\.citations\[0\]\.quote/);
    expect(run.stderr).toMatch(/the quote is not found verbatim in fixture-article/);
  });

  it("coverage lists a paragraph no fact cites", async () => {
    const { copyData, FIXTURE_ARCHIVE } = await import("./helpers/paths.ts");
    const dir = copyData();
    const { rmSync } = await import("node:fs");
    rmSync(join(dir, "proposals/sampleton-plan.yaml"));
    const run = runCli("coverage.ts", ["--data", dir, "--archive", FIXTURE_ARCHIVE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ ¶\d+: The Sampleton Plan calls for a six-week pause/);
  });
});
