/**
 * The curator's chores as commands. Each runs the real command on a private
 * copy of the data, then checks the data it left.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSiteGraph } from "../scripts/graph/build-graph.ts";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { loadData } from "../scripts/pipeline/load.ts";
import { walkRecords } from "../scripts/pipeline/walk.ts";
import { REFERENCE_TARGETS } from "../scripts/schema/index.ts";
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
