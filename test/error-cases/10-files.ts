import type { ErrorCase } from "../helpers/error-catalogue.ts";

export const section = "Reading the data folder";

const ADA = "people/ada-example.yaml";

export const cases: ErrorCase[] = [
  {
    title: "A file that is not valid YAML",
    setup: (d) => d.edit(ADA, (t) => t.replace("name: Ada Example", "name: [Ada Example")),
    expect: { file: ADA, message: "malformed YAML" },
  },
  {
    title: "Two YAML documents in one file",
    setup: (d) => d.write("people/two-docs.yaml", "---\nid: two-docs\nname: One\n---\nid: two-docs\nname: Two\n"),
    expect: { file: "people/two-docs.yaml", message: "more than one YAML document" },
  },
  {
    title: "A file that is not UTF-8",
    setup: (d) => d.write("organizations/latin1.yaml", Buffer.from("id: latin1\nname: Caf\xe9\nkind: state\n", "latin1")),
    expect: { file: "organizations/latin1.yaml", message: "not valid UTF-8" },
  },
  {
    title: "A file that holds a list or a single value instead of an entity",
    setup: (d) => d.write("people/a-list.yaml", "- id: a-list\n"),
    expect: { file: "people/a-list.yaml", message: "must hold one entity as a mapping" },
  },
  {
    title: "A folder named like an entity file",
    setup: (d) => d.mkdir("people/x.yaml"),
    expect: { file: "people/x.yaml", message: "a folder inside people/ is not read" },
  },
  {
    title: "An entity file ending in .yml",
    setup: (d) => d.write("people/bea-example.yml", "id: bea-example\nname: Bea Example\n"),
    expect: { file: "people/bea-example.yml", message: 'the extension ".yml" is not read' },
  },
  {
    title: "An entity file ending in .YAML",
    setup: (d) => d.write("people/bea-example.YAML", "id: bea-example\nname: Bea Example\n"),
    expect: { file: "people/bea-example.YAML", message: 'the extension ".YAML" is not read' },
  },
  {
    title: "Another kind of file among the entity files",
    setup: (d) => d.write("people/notes.txt", "To do.\n"),
    expect: { file: "people/notes.txt", message: "not an entity file" },
  },
  {
    title: "An unknown folder",
    setup: (d) => d.write("persons/bea-example.yaml", "id: bea-example\nname: Bea Example\n"),
    expect: { file: "persons", message: 'unknown folder "persons"' },
  },
  {
    title: "An unknown file at the top of the data folder",
    setup: (d) => d.write("site.yml", "title: Oops\n"),
    expect: { file: "site.yml", message: "unknown file" },
  },
  {
    title: "A link that points outside the data folder",
    setup: (d) => d.linkOutside("people/linked.yaml", "id: linked\nname: Linked\n"),
    expect: { file: "people/linked.yaml", message: "the link points outside the data folder" },
  },
  {
    title: "A hidden file (warning)",
    setup: (d) => d.write("people/.ada-example.yaml.swp", "swap"),
    expect: { file: "people/.ada-example.yaml.swp", message: "hidden file skipped", warning: true },
  },
  {
    title: "The site settings file is missing",
    setup: (d) => d.remove("site.yaml"),
    expect: { file: "site.yaml", message: "the site settings file is missing" },
  },
  {
    title: "A data folder with no entity files",
    setup: (d) => ["people", "organizations", "proposals", "meetings", "sources"].forEach((f) => d.remove(f)),
    expect: { file: "data", message: "holds no entity files" },
  },
];
