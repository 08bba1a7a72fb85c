/**
 * Error cases for the curator's rules (issue 13, and issue 11's field rules):
 * each overlays `files` (paths relative to the data folder) on a copy of the
 * minimal fixture, and the check must report a problem containing `expect`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_DATA } from "../helpers/paths.ts";
import type { ErrorCase as CatalogueCase } from "../helpers/error-catalogue.ts";

export interface ErrorCase {
  title: string;
  files: Record<string, string>;
  expect: string;
}

const fixture = (path: string) => readFileSync(join(FIXTURE_DATA, path), "utf8");
const MEETING = "meetings/sampleton-meeting.yaml";
const PERSON = "people/ada-example.yaml";
const SOURCE = "sources/fixture-article.yaml";
const edit = (path: string, from: string, to: string): Record<string, string> => {
  const text = fixture(path);
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  return { [path]: text.replace(from, to) };
};

export const CURATOR_CASES: ErrorCase[] = [
  { title: "An uppercase id", files: edit(PERSON, "id: ada-example-door-to-truce", "id: Ada-Door-To-Truce"), expect: '"id" must be lowercase words' },
  { title: "A year outside 1900–2100", files: edit(MEETING, "on: 2024-03-05", "on: 0000-03-05"), expect: '"on" must fall between 1900 and 2100' },
  { title: "A date in another form", files: edit(MEETING, "on: 2024-03-05", "on: 5 March 2024"), expect: "must be written YYYY, YYYY-MM or YYYY-MM-DD" },
  { title: "A day that is not in the calendar", files: edit(MEETING, "on: 2024-03-05", "on: 2023-02-29"), expect: "is not a real calendar date" },
  { title: "A name over the length limit", files: edit(PERSON, "name: Ada Example", `name: ${"A".repeat(201)}`), expect: '"name" is 201 characters long; the limit is 200' },
  { title: "A bidirectional control character", files: edit(PERSON, "name: Ada Example", "name: Ada \u202EExample"), expect: "contains a bidirectional control character" },
  { title: "A list where one value is expected", files: edit(MEETING, "status: held", "status: [held]"), expect: '"status" takes a single value, one of held, scheduled, cancelled, but got a list' },
  {
    title: "A participant whose quote does not name them",
    files: edit(MEETING, 'quote: "Ada Exampel, the foreign minister of Exampleland, met the envoy" }', 'quote: "met the envoy in Sampleton" }'),
    expect: "the quote cited for the participant Ada Example does not mention them by name or by a recorded alias",
  },
  {
    title: "An implicit citation without a note",
    files: edit(MEETING, 'quote: "Ada Exampel, the foreign minister of Exampleland, met the envoy" }', 'quote: "met the envoy in Sampleton", implicit: true }'),
    expect: "an implicit citation needs a note",
  },
  { title: "An outlet neither stated nor explained", files: edit(SOURCE, "  note: The fixture article names no outlet.\n", "  organization: exampleland\n"), expect: "give asStated, or a note" },
];

/** The same cases in docs/ERRORS.md's catalogue (test/helpers/error-catalogue.ts). */
export const section = "The curator's rules: fields, one pass and mentions";
export const cases: CatalogueCase[] = CURATOR_CASES.map((c) => ({
  title: c.title,
  setup: (data) => {
    for (const [path, text] of Object.entries(c.files)) data.write(path, text);
  },
  expect: { file: Object.keys(c.files)[0]!, message: c.expect },
}));
