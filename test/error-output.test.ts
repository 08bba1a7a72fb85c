/**
 * What a curator reads when the data is bad: the commands exit non-zero, name
 * the file, print no stack trace, and show at most a screenful per file.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblems, PROBLEMS_SHOWN_PER_FILE, type Problem } from "../scripts/pipeline/problems.ts";
import { copyData, FIXTURE_ARCHIVE } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";

const STACK_TRACE = /^\s+at .+[:(]\d+/m;

describe("the output on bad data", () => {
  it("shows the first problems of a file and counts the rest", () => {
    const problems: Problem[] = Array.from({ length: PROBLEMS_SHOWN_PER_FILE + 5 }, (_, i) => ({ file: "_data/people/x.yaml", line: i + 1, message: `problem ${i + 1}`, hint: "Fix it." }));
    problems.push({ file: "_data/people/y.yaml", message: "another", hint: "Fix it too." });
    const text = formatProblems(problems);
    expect(text).toMatch(/^16 problems in 2 files:/);
    expect(text).toContain(`problem ${PROBLEMS_SHOWN_PER_FILE}\n`);
    expect(text).not.toContain(`problem ${PROBLEMS_SHOWN_PER_FILE + 1}\n`);
    expect(text).toContain("_data/people/x.yaml\n  … and 5 more problems in this file");
    expect(text).toContain("✗ another");
  });

  it("check: inputs that used to crash give named problems, exit 1 and no stack trace", () => {
    const dir = copyData();
    writeFileSync(join(dir, "people/two-docs.yaml"), "---\nid: two-docs\nname: One\n---\nid: two-docs\nname: Two\n");
    mkdirSync(join(dir, "people/folder.yaml"));
    writeFileSync(join(dir, "redirects.yaml"), "- { from: /people/old, to: /people/ada-example/, reason: x }\n");
    const fields = Array.from({ length: 14 }, (_, i) => `unknown${i}: x`).join("\n");
    writeFileSync(join(dir, "people/many.yaml"), `id: many\nname: Many\n${fields}\n`);
    const run = runCli("check.ts", ["--data", dir, "--archive", FIXTURE_ARCHIVE]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/TypeError|EISDIR|Eleventy/);
    expect(run.stderr).toMatch(/people\/two-docs\.yaml:4:1\n  ✗ the file holds more than one YAML document/);
    expect(run.stderr).toMatch(/people\/folder\.yaml\n  ✗ a folder inside people\/ is not read/);
    expect(run.stderr).toMatch(/redirects\.yaml:1:11 — field \[0\]\.from\n  ✗ \/people\/old does not end with a slash/);
    expect(run.stderr).toMatch(/people\/many\.yaml\n  … and 4 more problems in this file/);
  });

  it("build: a warning is printed and the build goes on", () => {
    const dir = copyData();
    writeFileSync(join(dir, "people/.DS_Store"), "");
    const run = runCli("check.ts", ["--data", dir, "--archive", FIXTURE_ARCHIVE]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/people\/\.DS_Store\n  ⚠ hidden file skipped/);
  });
});
