import type { ErrorCase } from "../helpers/error-catalogue.ts";

export const section = "Ids and anchors";

export const cases: ErrorCase[] = [
  {
    title: "Two entities with one id",
    setup: (d) => d.write("people/exampleland.yaml", "id: exampleland\nname: A person\n"),
    expect: { file: "exampleland.yaml", field: "id", message: 'duplicate id "exampleland"' },
  },
  {
    title: "An id with capitals (two ids that differ only in case would share a URL)",
    setup: (d) => d.write("people/Ada-Example.yaml", "id: Ada-Example\nname: Another Ada\n"),
    expect: { file: "people/Ada-Example.yaml", field: "id", message: "must be lowercase" },
  },
  {
    title: "Two facts with one id",
    setup: (d) => d.edit("proposals/sampleton-plan.yaml", (t) => t.replace("id: sampleton-plan-six-week-pause", "id: ada-example-door-to-truce")),
    expect: { file: "proposals/sampleton-plan.yaml", field: "terms[0].id", message: 'duplicate id "ada-example-door-to-truce"' },
  },
  {
    title: "A fact id the page itself uses (the skip link's target)",
    setup: (d) => d.edit("people/ada-example.yaml", (t) => t.replace("id: ada-example-door-to-truce", "id: main")),
    expect: { file: "people/ada-example.yaml", field: "facts[0].id", message: 'the id "main" is one the page itself uses' },
  },
  {
    title: "A fact id a section of the page uses",
    setup: (d) => d.edit("proposals/sampleton-plan.yaml", (t) => t.replace("id: sampleton-plan-six-week-pause", "id: terms")),
    expect: { file: "proposals/sampleton-plan.yaml", field: "terms[0].id", message: 'the id "terms" is one the page itself uses' },
  },
];
