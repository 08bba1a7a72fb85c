/**
 * The catalogue of every check on the data: each case breaks a copy of real
 * data in one way and names the problem it must produce. `test/error-cases.test.ts`
 * runs every case; `npm run errors:doc` writes docs/ERRORS.md from the same
 * runs, so the examples there are the messages the build really prints.
 *
 * A case file is any `test/error-cases/*.ts` exporting `section` and `cases`:
 * a new file is picked up without being registered anywhere.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSiteGraph } from "../../scripts/graph/build-graph.ts";
import { displayPath } from "../../scripts/pipeline/load.ts";
import { formatProblem, formatWarnings, type Problem } from "../../scripts/pipeline/problems.ts";
import { BUNDLED_DATA, FIXTURE_DATA, ROOT, tempDir } from "./paths.ts";

export interface DataEdit {
  /** Absolute path of a file or folder inside the data copy. */
  path(rel: string): string;
  write(rel: string, text: string | Buffer): void;
  edit(rel: string, change: (text: string) => string): void;
  remove(rel: string): void;
  mkdir(rel: string): void;
  /** A link at `rel` to a file written outside the data folder. */
  linkOutside(rel: string, text: string): void;
}

export interface ErrorCase {
  /** The check, as docs/ERRORS.md lists it. */
  title: string;
  /** The data the case breaks a copy of: the test fixture unless said otherwise. */
  base?: "fixture" | "bundled";
  setup: (data: DataEdit) => void;
  expect: {
    /** The end of the reported file's path, e.g. "people/ada-example.yaml". */
    file: string;
    /** A fragment of the message. */
    message: string;
    entity?: string;
    field?: string;
    hint?: string;
    /** A warning: printed, and the build goes on. */
    warning?: true;
    /** No other problem may be reported (an error must not cascade). */
    only?: true;
  };
}

export interface CaseFile {
  name: string;
  section: string;
  cases: ErrorCase[];
}

export interface CaseRun {
  problems: Problem[];
  warnings: Problem[];
  /** The problem (or warning) the case expects, if it was reported. */
  match?: Problem;
  /** What the curator reads, with the temporary folder shown as _data. */
  example?: string;
}

export const CASES_DIR = join(ROOT, "test/error-cases");
export const ERRORS_DOC = join(ROOT, "docs/ERRORS.md");

export async function loadCatalogue(): Promise<CaseFile[]> {
  const files = readdirSync(CASES_DIR).filter((f) => f.endsWith(".ts")).sort();
  return Promise.all(
    files.map(async (name) => {
      const mod = (await import(pathToFileURL(join(CASES_DIR, name)).href)) as { section?: string; cases?: ErrorCase[] };
      if (typeof mod.section !== "string" || !Array.isArray(mod.cases)) throw new Error(`test/error-cases/${name} must export section (a string) and cases (ErrorCase[])`);
      return { name, section: mod.section, cases: mod.cases };
    }),
  );
}

function dataEdit(dir: string): DataEdit {
  const path = (rel: string) => join(dir, rel);
  return {
    path,
    write: (rel, text) => {
      mkdirSync(dirname(path(rel)), { recursive: true });
      writeFileSync(path(rel), text);
    },
    edit: (rel, change) => {
      const before = readFileSync(path(rel), "utf8");
      const after = change(before);
      if (after === before) throw new Error(`the case's edit changed nothing in ${rel}`);
      writeFileSync(path(rel), after);
    },
    remove: (rel) => rmSync(path(rel), { recursive: true }),
    mkdir: (rel) => mkdirSync(path(rel), { recursive: true }),
    linkOutside: (rel, text) => {
      const outside = join(dirname(dir), "outside.yaml");
      writeFileSync(outside, text);
      symlinkSync(outside, path(rel));
    },
  };
}

function matches(p: Problem, e: ErrorCase["expect"]): boolean {
  return p.file.endsWith(e.file) && p.message.includes(e.message);
}

export function runCase(c: ErrorCase): CaseRun {
  const dir = join(tempDir("case"), "data");
  cpSync(c.base === "bundled" ? BUNDLED_DATA : FIXTURE_DATA, dir, { recursive: true });
  c.setup(dataEdit(dir));
  const result = buildSiteGraph(dir, { siteUrl: "https://facts.example/" });
  const run: CaseRun = { problems: result.problems, warnings: result.warnings };
  run.match = (c.expect.warning ? result.warnings : result.problems).find((p) => matches(p, c.expect));
  if (run.match) {
    const shown = c.expect.warning ? formatWarnings([run.match]) : formatProblem(run.match);
    // The example must not depend on where the copy was made.
    const parent = dirname(resolve(dir));
    run.example = [dir, displayPath(dir), resolve(dir)].reduce((text, d) => text.split(d).join("_data"), shown).split(parent).join("/elsewhere");
  }
  rmSync(dirname(dir), { recursive: true, force: true });
  return run;
}

export function renderErrorsDoc(files: CaseFile[], runs: Map<ErrorCase, CaseRun>): string {
  const out = [
    "# Errors and warnings",
    "",
    "Every check the build makes on the data, with the message it prints. This file is generated",
    "from the catalogue of cases in `test/error-cases/` (`npm run errors:doc`); a test fails when it",
    "differs from what the cases produce. Every problem names its file (with line and column where",
    "there is one), the entity and the field, what is wrong (✗) and what to do (→). A warning (⚠)",
    "is printed and the build goes on; any problem stops it, and the last good site stays as it was.",
    "At most 10 problems are shown per file, then a count of the rest.",
    "",
  ];
  for (const file of files) {
    out.push(`## ${file.section}`, "");
    for (const c of file.cases) {
      const run = runs.get(c);
      out.push(`### ${c.title}`, "", "```", run?.example ?? "(not reported: the case fails)", "```", "");
    }
  }
  return out.join("\n");
}
