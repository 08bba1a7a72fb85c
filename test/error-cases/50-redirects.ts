import type { ErrorCase } from "../helpers/error-catalogue.ts";

export const section = "Redirects and published URLs";

const redirects = (...lines: string[]) => (d: { write(rel: string, text: string): void }) => d.write("redirects.yaml", lines.map((l) => `- ${l}\n`).join(""));
const R = "redirects.yaml";

export const cases: ErrorCase[] = [
  {
    title: "A redirect without the trailing slash",
    setup: redirects("{ from: /people/ada-old, to: /people/ada-example/, reason: Renamed. }"),
    expect: { file: R, field: "[0].from", message: "does not end with a slash" },
  },
  {
    title: "A redirect that is not a plain address of the site",
    setup: redirects("{ from: /people/../Ada-Old/, to: /people/ada-example/, reason: Renamed. }"),
    expect: { file: R, field: "[0].from", message: "is not a plain address of this site" },
  },
  {
    title: "A redirect from one of the site's own pages",
    setup: redirects("{ from: /search/, to: /people/ada-example/, reason: Moved. }"),
    expect: { file: R, field: "[0].from", message: "would replace a page the site itself publishes" },
  },
  {
    title: "A redirect from a page that is still published",
    setup: redirects("{ from: /people/ada-example/, to: /organizations/exampleland/, reason: Moved. }"),
    expect: { file: R, field: "[0].from", message: "would hide a page that is still published" },
  },
  {
    title: "A moved fact anchor that is still published",
    setup: redirects("{ from: '/people/ada-example/#ada-example-door-to-truce', to: /organizations/exampleland/, reason: Moved. }"),
    expect: { file: R, field: "[0].from", message: "would hide a fact anchor that is still published" },
  },
  {
    title: "A redirect to a page that does not exist",
    setup: redirects("{ from: /people/ada-old/, to: /people/ada-exampel/, reason: Renamed. }"),
    expect: { file: R, field: "[0].to", message: "which this build does not publish" },
  },
  {
    title: "Redirects that loop",
    setup: redirects("{ from: /people/a-old/, to: /people/b-old/, reason: Moved. }", "{ from: /people/b-old/, to: /people/a-old/, reason: Moved. }"),
    expect: { file: R, field: "[0].to", message: "the redirects loop" },
  },
  {
    title: "A chain of redirects",
    setup: redirects("{ from: /people/a-old/, to: /people/b-old/, reason: Moved. }", "{ from: /people/b-old/, to: /people/ada-example/, reason: Moved. }"),
    expect: { file: R, field: "[0].to", message: "a chain of redirects" },
  },
  {
    title: "Two redirects from one URL",
    setup: redirects("{ from: /people/ada-old/, to: /people/ada-example/, reason: Renamed. }", "{ from: /people/ada-old/, to: /organizations/exampleland/, reason: Moved. }"),
    expect: { file: R, field: "[1].from", message: "a second redirect from /people/ada-old/" },
  },
  {
    title: "A moved fact anchor the page itself uses",
    setup: redirects("{ from: '/people/ada-example/#main', to: '/people/ada-example/#ada-example-door-to-truce', reason: Renamed. }"),
    expect: { file: R, field: "[0].from", message: "the anchor #main is one the page itself uses" },
  },
  {
    title: "A published URL that would disappear",
    setup: (d) => d.write("published-urls.txt", "/people/ada-example/\n/people/ada-gone/\n"),
    expect: { file: "published-urls.txt", message: "the published URL /people/ada-gone/ would disappear" },
  },
];
