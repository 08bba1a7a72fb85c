/**
 * Editor parity: the JSON Schemas an editor validates with (`_data/_schema/`)
 * catch every single-file rule the build enforces. Each mutation below breaks
 * one rule in one real entity file; the build's check and Ajv (draft-07, the
 * draft the schemas are generated for) must both reject it. The test fails
 * below 100%, and names the rules the editor would let through.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load, CORE_SCHEMA } from "js-yaml";
import { stringify } from "yaml";
import { Ajv } from "ajv";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { BUNDLED_DATA, copyData } from "./helpers/paths.ts";

type Data = Record<string, any>;

interface Mutation {
  rule: string;
  file: string;
  mutate: (d: Data) => void;
}

const MEETING = "meetings/biden-netanyahu-call.yaml";
const PERSON = "people/benjamin-netanyahu.yaml";
const DISAGREEING = "people/antony-blinken.yaml";
const SOURCE = "sources/source-002.yaml";
const PROPOSAL = "proposals/biden-three-phase-plan.yaml";
const ORGANIZATION = "organizations/israel.yaml";
const RLO = "\u202E";

const firstFact = (d: Data) => (d.facts ?? d.statements ?? d.topics ?? d.terms)[0];

export const MUTATIONS: Mutation[] = [
  { rule: "a fact id is lowercase", file: MEETING, mutate: (d) => void (d.topics[0].id = "Biden-Call-Progress") },
  { rule: "an id is words joined by single hyphens", file: MEETING, mutate: (d) => void (d.topics[0].id = "biden--call progress") },
  { rule: "a reference is an id", file: MEETING, mutate: (d) => void (d.participants[0].entity = "Benjamin Netanyahu") },
  { rule: "an id is at most 100 characters", file: MEETING, mutate: (d) => void (d.topics[0].id = "a".repeat(101)) },
  { rule: "no unknown field", file: MEETING, mutate: (d) => void (d.venue = "Washington") },
  { rule: "no unknown field in a citation", file: MEETING, mutate: (d) => void (d.participants[0].citations[0].page = 3) },
  { rule: "name is required", file: PERSON, mutate: (d) => void delete d.name },
  { rule: "a name is text", file: PERSON, mutate: (d) => void (d.name = 42) },
  { rule: "a name is not blank", file: PERSON, mutate: (d) => void (d.name = "   ") },
  { rule: "a name is at most 200 characters", file: PERSON, mutate: (d) => void (d.name = "B".repeat(201)) },
  { rule: "a quote is not empty", file: PERSON, mutate: (d) => void (firstFact(d).citations[0].quote = "") },
  { rule: "a quote is at most 600 characters", file: PERSON, mutate: (d) => void (firstFact(d).citations[0].quote = "q".repeat(601)) },
  { rule: "a fact's text is at most 1000 characters", file: PERSON, mutate: (d) => void (firstFact(d).text = "t".repeat(1001)) },
  { rule: "a note is at most 4000 characters", file: PERSON, mutate: (d) => void (firstFact(d).note = "n".repeat(4001)) },
  { rule: "no bidirectional control in a name", file: PERSON, mutate: (d) => void (d.name = `Antony ${RLO}Blinken`) },
  { rule: "no bidirectional control in a quote", file: PERSON, mutate: (d) => void (firstFact(d).citations[0].quote += "\u2066") },
  { rule: "no bidirectional control in an archive file name", file: SOURCE, mutate: (d) => void (d.archive.file = `002${RLO}.txt`) },
  { rule: "a date is YYYY, YYYY-MM or YYYY-MM-DD", file: MEETING, mutate: (d) => void (d.date.on = "4 July 2024") },
  { rule: "a date's year is 1900 or later", file: MEETING, mutate: (d) => void (d.date.on = "0000-07-04") },
  { rule: "a date's year is 2100 or earlier", file: MEETING, mutate: (d) => void (d.date.on = "2204") },
  { rule: "a year given as a number is in range", file: MEETING, mutate: (d) => void (d.date.on = 1066) },
  { rule: "a year is a whole number", file: MEETING, mutate: (d) => void (d.date.on = 2024.5) },
  { rule: "a date is a real calendar day", file: MEETING, mutate: (d) => void (d.date.on = "2024-06-31") },
  { rule: "29 February only in a leap year", file: MEETING, mutate: (d) => void (d.date.on = "2023-02-29") },
  { rule: "a month is 01 to 12", file: MEETING, mutate: (d) => void (d.date.on = "2024-13") },
  { rule: "added is a full day", file: PERSON, mutate: (d) => void (d.added = "2024-06") },
  { rule: "a date has a known basis", file: MEETING, mutate: (d) => void (d.date.basis = "guessed") },
  { rule: "an inferred date needs reasoning", file: SOURCE, mutate: (d) => void delete d.published.reasoning },
  { rule: "a date from outside the archive needs a note", file: MEETING, mutate: (d) => void delete d.date.note },
  { rule: "a stated date needs citations", file: PROPOSAL, mutate: (d) => void (d.date = { basis: "stated", on: "2024-05" }) },
  { rule: "an unknown date has no day", file: MEETING, mutate: (d) => void (d.date = { basis: "unknown", on: "2024-07-04", note: "x" }) },
  { rule: "a meeting format is one of the known values", file: MEETING, mutate: (d) => void (d.format = "zoom") },
  { rule: "a meeting status is a single value", file: MEETING, mutate: (d) => void (d.status = ["held"]) },
  { rule: "an organization kind is one of the known values", file: ORGANIZATION, mutate: (d) => void (d.kind = "country") },
  { rule: "a stance is one of the known values", file: PROPOSAL, mutate: (d) => void (d.positions[0].stance = "likes") },
  { rule: "an alias kind is one of the known values", file: PERSON, mutate: (d) => void (d.aliases[0].kind = "nickname") },
  { rule: "an alias names its sources", file: PERSON, mutate: (d) => void (d.aliases[0].sources = []) },
  { rule: "a fact has at least one citation", file: PERSON, mutate: (d) => void (firstFact(d).citations = []) },
  { rule: "a meeting has at least one participant", file: MEETING, mutate: (d) => void (d.participants = []) },
  { rule: "a disagreement has two readings", file: DISAGREEING, mutate: (d) => void d.disagreements[0].readings.splice(1) },
  { rule: "an implicit citation needs a note", file: MEETING, mutate: (d) => void delete d.participants[0].citations[1].note },
  { rule: "an outlet is stated or explained", file: SOURCE, mutate: (d) => void (d.outlet = { organization: "cnn" }) },
  { rule: "a sha256 is 64 lowercase hex digits", file: SOURCE, mutate: (d) => void (d.archive.sha256 = d.archive.sha256.toUpperCase()) },
  { rule: "an archive file is a bare name", file: SOURCE, mutate: (d) => void (d.archive.file = "../002.txt") },
  { rule: "a quality label is one of the known values", file: SOURCE, mutate: (d) => void (d.quality = [{ label: "biased", note: "x" }]) },
  { rule: "the site's publication day is a real day", file: "site.yaml", mutate: (d) => void (d.published = "2026-11-31") },
];

/**
 * Single-file rules that JSON Schema cannot state, and so only the build checks:
 * the file name (an editor's schema never sees it), one date against another, and
 * ids unique across a list. Listed so the exceptions are deliberate and tested.
 */
export const BUILD_ONLY: Mutation[] = [
  { rule: "the id matches the file name", file: ORGANIZATION, mutate: (d) => void (d.id = "state-of-israel") },
  { rule: "a meeting ends on or after its start", file: MEETING, mutate: (d) => void (d.end = { basis: "outside", on: "2024-07-01", note: "x" }) },
  { rule: "fact ids are unique", file: MEETING, mutate: (d) => void (d.topics[1] = { ...d.topics[0] }) },
];

const SCHEMA_OF: Record<string, string> = {
  meetings: "meeting",
  people: "person",
  sources: "source",
  proposals: "proposal",
  organizations: "organization",
};

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function validator(file: string) {
  const name = file === "site.yaml" ? "site" : SCHEMA_OF[file.split("/")[0]!]!;
  if (!compiled.has(name)) compiled.set(name, ajv.compile(JSON.parse(readFileSync(join(BUNDLED_DATA, "_schema", `${name}.schema.json`), "utf8"))));
  return compiled.get(name)!;
}

function mutated(m: Mutation): Data {
  const data = load(readFileSync(join(BUNDLED_DATA, m.file), "utf8"), { schema: CORE_SCHEMA }) as Data;
  m.mutate(data);
  return data;
}

let scratch: string | undefined;

/** One private copy of the data; each mutation is written into it and then undone. */
function buildRejects(m: Mutation): boolean {
  scratch ??= copyData(BUNDLED_DATA);
  const path = join(scratch, m.file);
  const original = readFileSync(path, "utf8");
  writeFileSync(path, stringify(mutated(m)));
  try {
    return checkData(scratch).problems.some((p) => p.file.endsWith(m.file));
  } finally {
    writeFileSync(path, original);
  }
}

describe("editor parity: the JSON Schemas catch every single-file rule the build enforces", () => {
  it("the unmutated files pass both, so a rejection below means the mutation", () => {
    expect(checkData(BUNDLED_DATA).problems).toEqual([]);
    for (const file of new Set([...MUTATIONS, ...BUILD_ONLY].map((m) => m.file))) {
      const validate = validator(file);
      const data = load(readFileSync(join(BUNDLED_DATA, file), "utf8"), { schema: CORE_SCHEMA });
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("every mutation is rejected by the build's check and by Ajv (100% of the rules)", () => {
    const missedByBuild = MUTATIONS.filter((m) => !buildRejects(m)).map((m) => m.rule);
    // Ajv's rejection counts only where the unmutated file passes, so that it is the mutation's doing.
    const baselinePasses = (file: string) => validator(file)(load(readFileSync(join(BUNDLED_DATA, file), "utf8"), { schema: CORE_SCHEMA }));
    const missedByEditor = MUTATIONS.filter((m) => !baselinePasses(m.file) || validator(m.file)(mutated(m))).map((m) => m.rule);
    const caught = MUTATIONS.length - new Set([...missedByBuild, ...missedByEditor]).size;
    expect({ caught: `${caught} of ${MUTATIONS.length}`, missedByBuild, missedByEditor }).toEqual({
      caught: `${MUTATIONS.length} of ${MUTATIONS.length}`,
      missedByBuild: [],
      missedByEditor: [],
    });
  });

  it("the rules JSON Schema cannot state are still enforced by the build", () => {
    expect(BUILD_ONLY.filter((m) => !buildRejects(m)).map((m) => m.rule)).toEqual([]);
  });
});
