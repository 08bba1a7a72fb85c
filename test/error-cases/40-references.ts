import type { ErrorCase } from "../helpers/error-catalogue.ts";

export const section = "References between entities";

const MEETING = "meetings/sampleton-meeting.yaml";

export const cases: ErrorCase[] = [
  {
    title: "A reference to an unknown entity",
    setup: (d) => d.edit(MEETING, (t) => t.replace("  - entity: ada-example", "  - entity: ada-exmaple")),
    expect: { file: MEETING, field: "participants[0].entity", message: 'unknown person or organization "ada-exmaple"', hint: 'Did you mean "ada-example"' },
  },
  {
    title: "A reference any kind may answer names every folder",
    setup: (d) => d.edit("people/ada-example.yaml", (t) => t.replace("about: [sampleton-plan]", "about: [nobody-known]")),
    expect: { file: "people/ada-example.yaml", field: "facts[0].about[0]", message: 'unknown entity "nobody-known"', hint: "_data/people/, _data/organizations/, _data/proposals/" },
  },
  {
    title: "A reference to the wrong kind of entity",
    setup: (d) => d.edit(MEETING, (t) => t.replace("proposals: [sampleton-plan]", "proposals: [ada-example]")),
    expect: { file: MEETING, field: "proposals[0]", message: '"ada-example" is a person, but proposals must refer to a proposal' },
  },
  {
    title: "A citation of an unknown source",
    setup: (d) => d.edit("proposals/sampleton-plan.yaml", (t) => t.replace('- { source: fixture-article, quote: "The Sampleton', '- { source: fixture-artcle, quote: "The Sampleton')),
    expect: { file: "proposals/sampleton-plan.yaml", field: "terms[0].citations[0].source", message: 'unknown source "fixture-artcle"' },
  },
  {
    title: "An entity that refers to itself",
    setup: (d) => d.edit("organizations/exampleland.yaml", (t) => t.replace("kind: state\n", "kind: state\nparent: exampleland\n")),
    expect: { file: "organizations/exampleland.yaml", field: "parent", message: '"exampleland" refers to itself in parent' },
  },
  {
    title: "One broken file is one problem: references to it are not reported as missing",
    base: "bundled",
    setup: (d) => d.edit("people/jake-sullivan.yaml", (t) => t.replace(/^name: (.*)$/m, "name: [$1")),
    expect: { file: "people/jake-sullivan.yaml", message: "malformed YAML", only: true },
  },
  {
    title: "A broken proposal file is one problem too",
    setup: (d) => d.edit("proposals/sampleton-plan.yaml", (t) => t.replace("name: Sampleton Plan", "name: [Sampleton Plan")),
    expect: { file: "proposals/sampleton-plan.yaml", message: "malformed YAML", only: true },
  },
];
