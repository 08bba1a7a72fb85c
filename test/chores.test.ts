/**
 * The curator's chores as commands. Each runs the real command on a private
 * copy of the data, then checks the data it left.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSiteGraph } from "../scripts/graph/build-graph.ts";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { loadData } from "../scripts/pipeline/load.ts";
import { walkRecords } from "../scripts/pipeline/walk.ts";
import { KINDS, KIND_LIST, REFERENCE_TARGETS } from "../scripts/schema/index.ts";
import { writeDataFiles } from "../scripts/site/data-files.ts";
import { OutputFiles } from "../scripts/site/output-files.ts";
import { BUNDLED_DATA, copyData, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";

const SITE = "http://localhost:8080/";

function referencesIn(dir: string): string[] {
  const refs: string[] = [];
  for (const file of loadData(dir).entityFiles) {
    walkRecords(file.data, (record) => {
      for (const key in record) {
        if (!REFERENCE_TARGETS[key]) continue;
        const v = record[key];
        for (const id of Array.isArray(v) ? v : [v]) if (typeof id === "string") refs.push(id);
      }
    });
  }
  return refs;
}

describe("npm run rename <old-id> <new-id>", () => {
  it("moves the file, rewrites every reference, and records redirects for the page and every anchor, with real URLs", () => {
    const dir = copyData(BUNDLED_DATA);
    const before = buildSiteGraph(dir, { siteUrl: SITE });
    if (!before.ok) throw new Error("the bundled data must build");
    const oldAnchors = before.graph.pageUrls.filter((u) => u.startsWith("/people/benjamin-netanyahu/#"));
    expect(oldAnchors.length).toBeGreaterThan(2);
    expect(referencesIn(dir)).toContain("benjamin-netanyahu");

    const result = runCli("rename.ts", ["--data", dir, "benjamin-netanyahu", "bibi-netanyahu"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${SITE}people/benjamin-netanyahu/ → ${SITE}people/bibi-netanyahu/`);
    expect(result.stdout).not.toContain("<new URL>");

    expect(existsSync(join(dir, "people/benjamin-netanyahu.yaml"))).toBe(false);
    expect(readFileSync(join(dir, "people/bibi-netanyahu.yaml"), "utf8")).toMatch(/^id: bibi-netanyahu$/m);
    const refs = referencesIn(dir);
    expect(refs).not.toContain("benjamin-netanyahu");
    expect(refs).toContain("bibi-netanyahu");

    const redirects = checkData(dir).redirects;
    expect(redirects).toContainEqual(expect.objectContaining({ from: "/people/benjamin-netanyahu/", to: "/people/bibi-netanyahu/" }));
    for (const anchor of oldAnchors) {
      expect(redirects).toContainEqual(expect.objectContaining({ from: anchor, to: anchor.replace("benjamin-netanyahu", "bibi-netanyahu") }));
    }

    // The manifest still lists the old URLs: the build passes only because every one is redirected.
    const after = buildSiteGraph(dir, { siteUrl: SITE });
    expect(after.ok ? [] : after.problems).toEqual([]);
    if (!after.ok) return;
    expect(after.graph.redirects.map((r) => r.from)).toContain("/people/benjamin-netanyahu/");

    // The old twin URL serves the new entity's twin.
    const out = tempDir("twins");
    writeDataFiles(after.graph, new OutputFiles(out));
    const oldTwin = join(out, "people/benjamin-netanyahu.json");
    expect(existsSync(oldTwin)).toBe(true);
    expect(readFileSync(oldTwin, "utf8")).toBe(readFileSync(join(out, "people/bibi-netanyahu.json"), "utf8"));
  });

  it("refuses an id that is taken or malformed, and changes nothing", () => {
    const dir = copyData(BUNDLED_DATA);
    const files = () => readdirSync(join(dir, "people")).sort();
    const listed = files();
    const taken = runCli("rename.ts", ["--data", dir, "benjamin-netanyahu", "joe-biden"]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('the id "joe-biden" is already used');
    const malformed = runCli("rename.ts", ["--data", dir, "benjamin-netanyahu", "Bibi"]);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain('"Bibi" is not a valid id');
    expect(files()).toEqual(listed);
    expect(existsSync(join(dir, "redirects.yaml"))).toBe(false);
  });
});

describe("npm run new <kind> <id>", () => {
  it("writes a person stub that checks as it is", () => {
    const dir = copyData(BUNDLED_DATA);
    const result = runCli("new.ts", ["--data", dir, "person", "jane-doe"]);
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, "people/jane-doe.yaml"), "utf8");
    expect(text).toMatch(/^id: jane-doe$/m);
    expect(text).toMatch(/^name: Jane Doe$/m);
    expect(text.split("\n").filter((l) => l.startsWith("#")).length).toBeGreaterThan(5);
    expect(checkData(dir).problems).toEqual([]);
  });

  for (const kind of KIND_LIST) {
    it(`${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} stub lacks nothing but its TODO values, each named by the check`, () => {
      const dir = copyData(BUNDLED_DATA);
      expect(runCli("new.ts", ["--data", dir, kind, `new-${kind}`]).status).toBe(0);
      const file = `${KINDS[kind].folder}/new-${kind}.yaml`;
      const problems = checkData(dir).problems;
      for (const p of problems) expect(p.file).toContain(file);
      const data = loadData(dir).entityFiles.find((f) => f.file.endsWith(file))!.data;
      const valueAt = (field: string) => field.split(/\.|\[|\]/).filter(Boolean).reduce<any>((v, k) => v?.[k], data);
      // A TODO value is reported at its field; a problem anywhere else would be a fault of the stub.
      for (const p of problems) expect(String(valueAt(p.field!)), `${p.field}: ${p.message}`).toMatch(/^TODO/);
    });
  }

  it("once its TODOs are filled in, an organization stub checks", () => {
    const dir = copyData(BUNDLED_DATA);
    runCli("new.ts", ["--data", dir, "organizations", "sampleton-council"]);
    const path = join(dir, "organizations/sampleton-council.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("kind: TODO", "kind: government-body"));
    expect(checkData(dir).problems).toEqual([]);
  });

  it("refuses an unknown kind, a malformed id and an id in use", () => {
    const dir = copyData(BUNDLED_DATA);
    expect(runCli("new.ts", ["--data", dir, "persons", "jane-doe"]).stderr).toContain('unknown kind "persons"');
    expect(runCli("new.ts", ["--data", dir, "person", "Jane_Doe"]).stderr).toContain('"Jane_Doe" is not a valid id');
    const taken = runCli("new.ts", ["--data", dir, "person", "israel"]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('the id "israel" is already used by');
  });
});
