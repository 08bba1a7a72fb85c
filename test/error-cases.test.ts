/**
 * The catalogue of checks (test/error-cases/*.ts): every case produces the
 * problem it names, in the file it names, and docs/ERRORS.md is exactly what
 * the cases print (`npm run errors:doc` rewrites it).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ERRORS_DOC, loadCatalogue, renderErrorsDoc, runCase, type CaseRun, type ErrorCase } from "./helpers/error-catalogue.ts";

const files = await loadCatalogue();
const runs = new Map<ErrorCase, CaseRun>();

describe.each(files.map((f) => [f.section, f] as const))("%s", (_section, file) => {
  it.each(file.cases.map((c) => [c.title, c] as const))("%s", (_title, c) => {
    const run = runCase(c);
    runs.set(c, run);
    const reported = c.expect.warning ? run.warnings : run.problems;
    expect(run.match, `no ${c.expect.warning ? "warning" : "problem"} in ${c.expect.file} containing "${c.expect.message}"; got:\n${reported.map((p) => `${p.file}: ${p.message}`).join("\n")}`).toBeDefined();
    const p = run.match!;
    if (c.expect.entity !== undefined) expect(p.entity).toBe(c.expect.entity);
    if (c.expect.field !== undefined) expect(p.field).toBe(c.expect.field);
    if (c.expect.hint !== undefined) expect(p.hint).toContain(c.expect.hint);
    expect(p.hint.length, "every problem says what to do").toBeGreaterThan(10);
    if (c.expect.only) expect(run.problems).toEqual([p]);
    if (c.expect.warning) expect(run.problems).toEqual([]);
  });
});

describe("docs/ERRORS.md", () => {
  it("is what the catalogue prints (run `npm run errors:doc` after changing a check or a case)", () => {
    for (const f of files) for (const c of f.cases) if (!runs.has(c)) runs.set(c, runCase(c));
    expect(readFileSync(ERRORS_DOC, "utf8")).toBe(renderErrorsDoc(files, runs));
  });

  it("picks up every case file and lists every case", () => {
    const doc = readFileSync(ERRORS_DOC, "utf8");
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      expect(doc).toContain(`## ${f.section}\n`);
      for (const c of f.cases) expect(doc).toContain(`### ${c.title}\n`);
    }
  });
});
