/**
 * The curator's checks: every problem in one pass, the field rules, and quotes
 * that must name whom they are cited for.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { mentions } from "../scripts/pipeline/checks/mentions.ts";
import { copyData, FIXTURE_ARCHIVE } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { CURATOR_CASES } from "./error-cases/curator.ts";

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe("every problem in one pass", () => {
  it("reports a file's three independent mistakes and a second bad file together, without cascades", () => {
    const dir = copyData();
    const meeting = "meetings/sampleton-meeting.yaml";
    edit(dir, meeting, "on: 2024-03-05", "on: 5 March 2024");
    edit(dir, meeting, "proposals: [sampleton-plan]", "proposals: [sampleton-plann]");
    edit(dir, meeting, "id: sampleton-meeting-talks-resume", "id: ada-example-door-to-truce");
    edit(dir, "people/mallory-hostile.yaml", "id: mallory-hostile-script-sign", "id: Mallory-Sign");

    const result = runCli("check.ts", ["--data", dir, "--archive", FIXTURE_ARCHIVE]);
    expect(result.status).toBe(1);
    const out = result.stderr;
    expect(out).toMatch(/^4 problems in 2 files:/);
    expect(out).toContain('field date.on\n  ✗ "on" must be written YYYY, YYYY-MM or YYYY-MM-DD (for example 2024, 2024-06 or 2024-06-10)');
    expect(out).toContain('field proposals[0]\n  ✗ unknown proposal "sampleton-plann"');
    expect(out).toMatch(/field topics\[0\]\.id\n  ✗ duplicate id "ada-example-door-to-truce": already used by .*people\/ada-example\.yaml \(facts\[0\]\.id\)/);
    expect(out).toContain('people/mallory-hostile.yaml:7:9 — entity "mallory-hostile", field facts[0].id\n  ✗ "id" must be lowercase words');
  });

  it("a required date that is wrong does not hide the file's other problems", () => {
    const dir = copyData();
    edit(dir, "sources/fixture-article.yaml", "on: 2024-03", "on: 2024-3");
    edit(dir, "sources/fixture-article.yaml", "- { source: fixture-article, quote: \"Tuesday", "- { source: fixture-artcle, quote: \"Tuesday");
    const messages = checkData(dir).problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'published.on: "on" must be written YYYY, YYYY-MM or YYYY-MM-DD (for example 2024, 2024-06 or 2024-06-10)',
      'published.citations[0].source: unknown source "fixture-artcle" (a citation must name a source entity)',
    ]);
  });
});

describe("the curator's error cases", () => {
  for (const c of CURATOR_CASES) {
    it(c.title, () => {
      const dir = copyData();
      for (const [path, text] of Object.entries(c.files)) writeFileSync(join(dir, path), text);
      const problems = checkData(dir).problems;
      const found = problems.find((p) => p.message.includes(c.expect));
      expect(found, problems.map((p) => p.message).join("\n")).toBeDefined();
      expect(found!.file).toContain(Object.keys(c.files)[0]!);
      expect(found!.hint.length).toBeGreaterThan(10);
    });
  }
});

describe("a quote names whom it is cited for", () => {
  it("folds case and diacritics, and matches whole words", () => {
    const netanyahu = ["benjamin netanyahu", "netanyahu"];
    expect(mentions("BENJAMÍN NETANYAHU said", netanyahu)).toBe(true);
    expect(mentions("Netanyahu’s office said", netanyahu)).toBe(true);
    expect(mentions("the Israeli prime minister said", netanyahu)).toBe(false);
    expect(mentions("the foreign minister of Exampleland", ["ada example", "example"])).toBe(false);
    expect(mentions("lloyd austinSecretary of Defense", ["lloyd austin"])).toBe(true);
  });

  it("an organization is named by a word it begins (a state by its adjective)", () => {
    expect(mentions("top Israeli officials", ["israel"], true)).toBe(true);
    expect(mentions("top Israeli officials", ["israel"], false)).toBe(false);
  });

  it("an implicit citation with a note passes; without the mark the same quote fails", () => {
    const dir = copyData();
    const from = 'quote: "Ada Exampel, the foreign minister of Exampleland, met the envoy" }';
    edit(dir, "meetings/sampleton-meeting.yaml", from, 'quote: "met the envoy in Sampleton", implicit: true, note: The sentence names her at its start. }');
    expect(checkData(dir).problems).toEqual([]);
    edit(dir, "meetings/sampleton-meeting.yaml", ", implicit: true, note: The sentence names her at its start.", "");
    expect(checkData(dir).problems.map((p) => p.field)).toEqual(["participants[0].citations[0].quote"]);
  });
});
