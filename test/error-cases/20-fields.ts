import type { ErrorCase } from "../helpers/error-catalogue.ts";

export const section = "Fields";

const ADA = "people/ada-example.yaml";
const MEETING = "meetings/sampleton-meeting.yaml";

export const cases: ErrorCase[] = [
  {
    title: "An unknown field",
    setup: (d) => d.edit(ADA, (t) => t.replace("roles:", "rolse:")),
    expect: { file: ADA, entity: "ada-example", field: "rolse", message: 'unknown field "rolse"', hint: 'Did you mean "roles"' },
  },
  {
    title: "A missing required field",
    setup: (d) => d.edit("organizations/exampleland.yaml", (t) => t.replace("kind: state\n", "")),
    expect: { file: "organizations/exampleland.yaml", field: "kind", message: 'missing required field "kind"' },
  },
  {
    title: "A value of the wrong type",
    setup: (d) => d.edit("proposals/sampleton-plan.yaml", (t) => t.replace("proposedBy: [exampleland]", "proposedBy: exampleland")),
    expect: { file: "proposals/sampleton-plan.yaml", field: "proposedBy", message: "wrong type: expected a list" },
  },
  {
    title: "A value outside its list",
    setup: (d) => d.edit(MEETING, (t) => t.replace("format: in-person", "format: in-persn")),
    expect: { file: MEETING, field: "format", message: "is not an allowed value", hint: "in-person" },
  },
  {
    title: "A file name that does not match the id",
    setup: (d) => d.edit("organizations/exampleland.yaml", (t) => t.replace("id: exampleland", "id: example-land")),
    expect: { file: "organizations/exampleland.yaml", field: "id", message: 'does not match the file name "exampleland"' },
  },
  {
    title: "An impossible date",
    setup: (d) => d.edit(MEETING, (t) => t.replace("  on: 2024-03-05", "  on: 2024-02-30")),
    expect: { file: MEETING, field: "date.on", message: "not a real calendar date" },
  },
  {
    title: "A date without its basis",
    setup: (d) => d.edit(MEETING, (t) => t.replace("  basis: stated\n  on: 2024-03-05", "  on: 2024-03-05")),
    expect: { file: MEETING, field: "date.basis", message: '"basis" is missing' },
  },
  {
    title: "An end before the start",
    setup: (d) => d.edit(MEETING, (t) => t.replace("place:", "end:\n  basis: outside\n  on: 2024-03-01\n  note: Test.\nplace:")),
    expect: { file: MEETING, field: "end", message: "is before the start" },
  },
  {
    title: "An empty quote",
    setup: (d) => d.edit(MEETING, (t) => t.replace('quote: "met the envoy in Sampleton"', 'quote: "  "')),
    expect: { file: MEETING, field: "place.citations[0].quote", message: '"quote" is empty' },
  },
  {
    title: "A fact with no citation",
    setup: (d) => d.edit(MEETING, (t) => t.replace(/    citations:\n      - \{ source: fixture-article, quote: "Example Talks Resume in Sampleton" \}\n/, "    citations: []\n")),
    expect: { file: MEETING, field: "topics[0].citations", message: "needs at least one citation" },
  },
];
