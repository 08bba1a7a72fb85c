/**
 * Every kind of bad input gets one clear problem naming the file, the entity and
 * the field, with what to do — and the command exits non-zero.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { buildSiteGraph } from "../scripts/graph/build-graph.ts";
import type { Problem } from "../scripts/pipeline/problems.ts";
import { copyData, FIXTURE_ARCHIVE, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";

function problemsFor(mutate: (dir: string) => void): { dir: string; problems: Problem[] } {
  const dir = copyData();
  mutate(dir);
  const result = buildSiteGraph(dir, { siteUrl: "http://localhost:8080/" });
  return { dir, problems: result.ok ? [] : result.problems };
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

function expectOne(problems: Problem[], expected: { file: string; entity?: string; field?: string; message: RegExp; hint?: RegExp }) {
  const match = problems.find((p) => p.file.endsWith(expected.file) && expected.message.test(p.message));
  expect(match, `no problem matching ${expected.message} in:\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n")}`).toBeDefined();
  if (expected.entity !== undefined) expect(match!.entity).toBe(expected.entity);
  if (expected.field !== undefined) expect(match!.field).toBe(expected.field);
  if (expected.hint) expect(match!.hint).toMatch(expected.hint);
  expect(match!.hint.length).toBeGreaterThan(10);
  return match!;
}

describe("bad input", () => {
  it("malformed YAML is reported with its line and column", () => {
    const { problems } = problemsFor((d) => edit(d, "people/ada-example.yaml", (t) => t.replace("name: Ada Example", "name: [Ada Example")));
    const p = expectOne(problems, { file: "people/ada-example.yaml", message: /malformed YAML/ });
    expect(p.line).toBeGreaterThan(0);
    expect(p.column).toBeGreaterThan(0);
  });

  it("an unknown field names the closest known field", () => {
    const { problems } = problemsFor((d) => edit(d, "people/ada-example.yaml", (t) => t.replace("roles:", "rolse:")));
    const p = expectOne(problems, { file: "people/ada-example.yaml", entity: "ada-example", field: "rolse", message: /unknown field "rolse"/, hint: /Did you mean "roles"/ });
    expect(p.line).toBe(5);
  });

  it("an unknown field deep inside a fact names the closest field of a fact", () => {
    const { problems } = problemsFor((d) => edit(d, "people/ada-example.yaml", (t) => t.replace("    speaker: ada-example", "    speakr: ada-example")));
    expectOne(problems, { file: "people/ada-example.yaml", field: "facts[0].speakr", message: /unknown field/, hint: /"speaker"/ });
  });

  it("a missing required field", () => {
    const { problems } = problemsFor((d) => edit(d, "organizations/exampleland.yaml", (t) => t.replace("kind: state\n", "")));
    expectOne(problems, { file: "organizations/exampleland.yaml", entity: "exampleland", field: "kind", message: /missing required field "kind"/ });
  });

  it("a wrong type", () => {
    const { problems } = problemsFor((d) => edit(d, "proposals/sampleton-plan.yaml", (t) => t.replace("proposedBy: [exampleland]", "proposedBy: exampleland")));
    expectOne(problems, { file: "proposals/sampleton-plan.yaml", entity: "sampleton-plan", field: "proposedBy", message: /wrong type: expected a list \(lines starting with '- '\), got the text "exampleland"/ });
  });

  it("a value outside its list names the allowed values", () => {
    const { problems } = problemsFor((d) => edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("format: in-person", "format: in-persn")));
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", field: "format", message: /not an allowed value/, hint: /in-person/ });
  });

  it("a file name that does not match the id", () => {
    const { problems } = problemsFor((d) => edit(d, "organizations/exampleland.yaml", (t) => t.replace("id: exampleland", "id: example-land")));
    expectOne(problems, { file: "organizations/exampleland.yaml", entity: "example-land", field: "id", message: /does not match the file name "exampleland"/ });
  });

  it("a duplicate id across entity types", () => {
    const { problems } = problemsFor((d) => writeFileSync(join(d, "people/exampleland.yaml"), "id: exampleland\nname: A person\n"));
    const p = expectOne(problems, { file: "exampleland.yaml", entity: "exampleland", field: "id", message: /duplicate id "exampleland": .*(people|organizations)\/exampleland\.yaml already uses it/ });
    expect(p.file).not.toBe(p.message.match(/: (\S+) already uses it/)![1]);
  });

  it("an uppercase id, which would publish a URL that differs from its links only by case", () => {
    const { problems } = problemsFor((d) => writeFileSync(join(d, "people/Ada-Example.yaml"), "id: Ada-Example\nname: Another Ada\n"));
    expectOne(problems, { file: "people/Ada-Example.yaml", entity: "Ada-Example", field: "id", message: /"id" must be lowercase words/ });
  });

  it("a duplicate fact id", () => {
    const { problems } = problemsFor((d) => edit(d, "proposals/sampleton-plan.yaml", (t) => t.replace("id: sampleton-plan-six-week-pause", "id: ada-example-door-to-truce")));
    expectOne(problems, { file: "proposals/sampleton-plan.yaml", field: "terms[0].id", message: /duplicate id "ada-example-door-to-truce"/ });
  });

  it("a reference to an unknown entity suggests the closest ids", () => {
    const { problems } = problemsFor((d) => edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("  - entity: ada-example", "  - entity: ada-exmaple")));
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", entity: "sampleton-meeting", field: "participants[0].entity", message: /unknown person or organization "ada-exmaple"/, hint: /Did you mean "ada-example"/ });
  });

  it("a reference to the wrong kind of entity", () => {
    const { problems } = problemsFor((d) => edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("proposals: [sampleton-plan]", "proposals: [ada-example]")));
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", field: "proposals[0]", message: /"ada-example" is a person, but proposals must refer to a proposal/ });
  });

  it("an impossible date", () => {
    const { problems } = problemsFor((d) => edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("  on: 2024-03-05", "  on: 2024-02-30")));
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", entity: "sampleton-meeting", field: "date.on", message: /not a real calendar date/ });
  });

  it("a date without its basis", () => {
    const { problems } = problemsFor((d) => edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("  basis: stated\n  on: 2024-03-05", "  on: 2024-03-05")));
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", field: "date.basis", message: /"basis" is missing/, hint: /stated, inferred, outside, unknown/ });
  });

  it("an end before a start", () => {
    const { problems } = problemsFor((d) =>
      edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("place:", "end:\n  basis: outside\n  on: 2024-03-01\n  note: Test.\nplace:")),
    );
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", entity: "sampleton-meeting", field: "end", message: /end \(2024-03-01\) is before the start \(2024-03-05\)/ });
  });

  it("a role that ends before it starts", () => {
    const { problems } = problemsFor((d) =>
      edit(d, "people/ada-example.yaml", (t) =>
        t.replace("    organization: exampleland", "    organization: exampleland\n    start: { basis: outside, on: 2024, note: Test. }\n    end: { basis: outside, on: 2023-06, note: Test. }"),
      ),
    );
    expectOne(problems, { file: "people/ada-example.yaml", field: "roles[0].end", message: /is before the start/ });
  });

  it("a citation of an unknown source", () => {
    const { problems } = problemsFor((d) => edit(d, "proposals/sampleton-plan.yaml", (t) => t.replace("- { source: fixture-article, quote: \"The Sampleton", "- { source: fixture-artcle, quote: \"The Sampleton")));
    expectOne(problems, { file: "proposals/sampleton-plan.yaml", field: "terms[0].citations[0].source", message: /unknown source "fixture-artcle"/, hint: /Did you mean "fixture-article"/ });
  });

  it("an empty quote", () => {
    const { problems } = problemsFor((d) => edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace('quote: "met the envoy in Sampleton"', 'quote: "  "')));
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", field: "place.citations[0].quote", message: /"quote" is empty/ });
  });

  it("a fact with no citation", () => {
    const { problems } = problemsFor((d) =>
      edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace(/    citations:\n      - \{ source: fixture-article, quote: "Example Talks Resume in Sampleton" \}\n/, "    citations: []\n")),
    );
    expectOne(problems, { file: "meetings/sampleton-meeting.yaml", field: "topics[0].citations", message: /needs at least one citation/ });
  });

  it("a file that is not UTF-8", () => {
    const { problems } = problemsFor((d) => writeFileSync(join(d, "organizations/latin1.yaml"), Buffer.from("id: latin1\nname: Caf\xe9\nkind: state\n", "latin1")));
    const p = expectOne(problems, { file: "organizations/latin1.yaml", message: /not valid UTF-8/ });
    expect(p.line).toBe(2);
  });

  it("an empty data folder", () => {
    const dir = join(tempDir("empty"), "data");
    mkdirSync(dir, { recursive: true });
    const result = buildSiteGraph(dir, { siteUrl: "http://localhost:8080/" });
    expect(result.ok).toBe(false);
    expectOne(result.problems, { file: "data", message: /holds no entity files/ });
  });

  it("HTML in text is not an error: it is data, escaped on output", () => {
    const { problems } = problemsFor(() => {});
    expect(problems).toEqual([]);
  });

  it("a bare id left in prose names the mention to write instead", () => {
    const { problems } = problemsFor((d) =>
      edit(d, "people/ada-example.yaml", (t) => t.replace("An earlier version gave the wrong day.", "fixture-article gave the wrong day; see sampleton-meeting.")),
    );
    const at = { file: "people/ada-example.yaml", entity: "ada-example", field: "facts[0].corrections[0].note" };
    const p = expectOne(problems, { ...at, message: /readers would see the internal id "fixture-article"/, hint: /Write \[\[fixture-article\]\]: readers see the source's outlet and date/ });
    expect(p.line).toBe(23);
    expectOne(problems, { ...at, message: /internal id "sampleton-meeting"/, hint: /Write \[\[sampleton-meeting\]\]/ });
  });

  it("a source id in prose is caught in any case, even one that does not exist", () => {
    const { problems } = problemsFor((d) => edit(d, "people/ada-example.yaml", (t) => t.replace("An earlier version gave the wrong day.", "Source-007 gave the wrong day.")));
    expectOne(problems, { file: "people/ada-example.yaml", field: "facts[0].corrections[0].note", message: /internal id "Source-007"/, hint: /No source "Source-007" exists/ });
  });

  it("a mention of an unknown id suggests the closest one", () => {
    const { problems } = problemsFor((d) => edit(d, "people/ada-example.yaml", (t) => t.replace("An earlier version gave the wrong day.", "'[[fixture-artcle]] gave the wrong day.'")));
    expectOne(problems, { file: "people/ada-example.yaml", field: "facts[0].corrections[0].note", message: /\[\[fixture-artcle\]\] names no entity/, hint: /did you mean \[\[fixture-article\]\]/ });
  });

  it("a mention renders as the source's short label and the entity's name, linked; quotes and ids in references are left alone", () => {
    const dir = copyData();
    edit(dir, "people/ada-example.yaml", (t) => t.replace("An earlier version gave the wrong day.", "'[[fixture-article]] gave the wrong day, not [[exampleland]].'"));
    const result = buildSiteGraph(dir, { siteUrl: "http://localhost:8080/" });
    expect(result.ok, result.ok ? "" : result.problems.map((p) => p.message).join("\n")).toBe(true);
    if (!result.ok) return;
    const fact = result.graph.pages.find((p) => p.id === "ada-example")!.ownFacts[0]!;
    expect(fact.corrections[0]!.noteHtml).toBe(
      '<p><a href="/sources/fixture-article/">Outlet not named, March 2024</a> gave the wrong day, not <a href="/organizations/exampleland/">Exampleland</a>.</p>\n',
    );
    expect(fact.citations[0]!.source.name).toBe("Outlet not named, March 2024");
  });

  it("collects every problem of a run together", () => {
    const { problems } = problemsFor((d) => {
      edit(d, "organizations/exampleland.yaml", (t) => t.replace("kind: state", "kind: nation"));
      edit(d, "meetings/sampleton-meeting.yaml", (t) => t.replace("  - entity: ada-example", "  - entity: nobody"));
      writeFileSync(join(d, "people/broken.yaml"), "id: broken\nname: [\n");
    });
    const files = new Set(problems.map((p) => p.file.split("/").slice(-2).join("/")));
    expect(files).toEqual(new Set(["organizations/exampleland.yaml", "meetings/sampleton-meeting.yaml", "people/broken.yaml"]));
  });
});

describe("the commands on bad input", () => {
  it("check exits non-zero and prints file, line, entity, field and hint", () => {
    const dir = copyData();
    edit(dir, "people/ada-example.yaml", (t) => t.replace("roles:", "rolse:"));
    const run = runCli("check.ts", ["--data", dir, "--archive", FIXTURE_ARCHIVE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/people\/ada-example\.yaml:5:1 — entity "ada-example", field rolse/);
    expect(run.stderr).toMatch(/✗ unknown field "rolse"/);
    expect(run.stderr).toMatch(/→ Did you mean "roles"\?/);
  });

  it("build fails on a bare id in prose, naming file, entity, field and the fix", () => {
    const dir = copyData();
    edit(dir, "people/ada-example.yaml", (t) => t.replace("An earlier version gave the wrong day.", "fixture-article gave the wrong day."));
    const run = runCli("build.ts", ["--data", dir, "--out", join(tempDir("raw-id"), "site")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/people\/ada-example\.yaml:23:\d+ — entity "ada-example", field facts\[0\]\.corrections\[0\]\.note/);
    expect(run.stderr).toMatch(/✗ readers would see the internal id "fixture-article"/);
    expect(run.stderr).toMatch(/→ Write \[\[fixture-article\]\]/);
  });

  it("a failed build leaves the last good output untouched", () => {
    const dir = copyData();
    const out = join(tempDir("keep"), "site");
    const good = runCli("build.ts", ["--data", dir, "--out", out]);
    expect(good.status, good.stderr).toBe(0);
    const before = readFileSync(join(out, "people/ada-example/index.html"), "utf8");
    edit(dir, "meetings/sampleton-meeting.yaml", (t) => t.replace("  on: 2024-03-05", "  on: 2024-02-30"));
    rmSync(join(dir, "people/ada-example.yaml"));
    const bad = runCli("build.ts", ["--data", dir, "--out", out]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/was left as it was/);
    expect(readFileSync(join(out, "people/ada-example/index.html"), "utf8")).toBe(before);
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
  });
});

describe("mentions and a watching session", () => {
  it("a page that names an entity as [[id]] in prose depends on it, as on any link it shows", async () => {
    const { checkData } = await import("../scripts/pipeline/check-data.ts");
    const { deriveSite } = await import("../scripts/graph/site-graph.ts");
    const { DependencyIndex } = await import("../scripts/graph/dependencies.ts");
    const dir = copyData();
    // The organization's page shows nothing of the meeting until its prose mentions it.
    const before = checkData(dir);
    const plain = deriveSite(before.linked, before.settings!, before.redirects, { siteUrl: "http://localhost:8080/" });
    const depsOf = (site: typeof plain) => new DependencyIndex(site.parts.ctx.links()).of(site.graph.pages.find((p) => p.id === "exampleland"));
    expect(depsOf(plain).has("sampleton-meeting")).toBe(false);
    edit(dir, "organizations/exampleland.yaml", (t) => t.replace("note: The name in Hebrew script.", "note: 'The name in Hebrew script, as at [[sampleton-meeting]].'"));
    const after = checkData(dir);
    expect(after.problems).toEqual([]);
    const mentioned = deriveSite(after.linked, after.settings!, after.redirects, { siteUrl: "http://localhost:8080/" });
    expect(depsOf(mentioned).has("sampleton-meeting")).toBe(true);
  });
});
