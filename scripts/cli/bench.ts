/**
 * `npm run bench [-- --sizes 1000,10000] [--large]`: how build time, memory and
 * search payload grow with the data, beside the floor of the tools themselves.
 * Numbers only; nothing here asserts a time.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeSyntheticDataset } from "../bench/synthetic-data.ts";
import { runStage, type StageRun } from "../bench/measure.ts";
import { writeFloorProject } from "../bench/floor.ts";
import { firstSearch } from "../bench/first-search.ts";

const { values } = parseArgs({ options: { sizes: { type: "string" }, large: { type: "boolean" }, keep: { type: "boolean" } } });
const sizes = values.sizes ? values.sizes.split(",").map(Number) : [1000, 10000, ...(values.large ? [50000] : [])];
const root = resolve(import.meta.dirname, "../..");
const work = join(root, "bench/.output");
const tsx = ["--import", "tsx", join(root, "scripts/bench/stage.ts")];
const node = process.execPath;

const du = (dir: string) => Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(2);

interface Row {
  size: number;
  data: StageRun;
  eleventy: StageRun;
  pagefind: StageRun;
  floorEleventy: StageRun;
  floorPagefind: StageRun;
  sizedEleventy: StageRun;
  sizedPagefind: StageRun;
  bytesPerPage: number;
  htmlPages: number;
  outputBytes: number;
  indexBytes: number;
  search: Awaited<ReturnType<typeof firstSearch>>;
}

const rows: Row[] = [];
for (const size of sizes) {
  const dir = join(work, String(size));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dataDir = join(dir, "data");
  const graphFile = join(dir, "graph.bin");
  const out = join(dir, "site");
  process.stderr.write(`\n${size} entities: generating… `);
  writeSyntheticDataset(dataDir, size);
  process.stderr.write("data scripts… ");
  const data = await runStage(node, [...tsx, "data", dataDir, graphFile]);
  process.stderr.write("Eleventy… ");
  const eleventy = await runStage(node, [...tsx, "eleventy", graphFile, out]);
  process.stderr.write("Pagefind… ");
  const pagefind = await runStage(node, [...tsx, "pagefind", out]);
  const htmlPages = Number(execFileSync("sh", ["-c", `find '${out}' -name '*.html' | wc -l`], { encoding: "utf8" }).trim());
  process.stderr.write("floor… ");
  const floorDir = join(dir, "floor");
  writeFloorProject(floorDir, htmlPages);
  const floorEleventy = await runStage(node, [join(floorDir, "run.mjs")]);
  const floorPagefind = await runStage(node, [...tsx, "pagefind", join(floorDir, "out")]);
  const htmlBytes = Number(execFileSync("sh", ["-c", `find '${out}' -name '*.html' -print0 | du -cb --files0-from=- | tail -1`], { encoding: "utf8" }).split("\t")[0]);
  const bytesPerPage = Math.round(htmlBytes / htmlPages);
  const sizedDir = join(dir, "floor-sized");
  writeFloorProject(sizedDir, htmlPages, bytesPerPage);
  const sizedEleventy = await runStage(node, [join(sizedDir, "run.mjs")]);
  const sizedPagefind = await runStage(node, [...tsx, "pagefind", join(sizedDir, "out")]);
  process.stderr.write("first search in Chromium…");
  const search = await firstSearch(out, "Sara");
  rows.push({ size, data, eleventy, pagefind, floorEleventy, floorPagefind, sizedEleventy, sizedPagefind, bytesPerPage, htmlPages, outputBytes: du(out), indexBytes: du(join(out, "pagefind")), search });
  if (!values.keep) for (const f of ["floor", "floor-sized"]) rmSync(join(dir, f), { recursive: true, force: true });
}
process.stderr.write("\n\n");

const table = (header: string[], body: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padStart(widths[i]!)).join(" | ") + " |";
  return [line(header), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
};

// Stage times are measured inside each process (process start-up excluded, as for the floor);
// memory is the peak resident size of the stage's whole process tree.
const ms = (run: StageRun) => run.report.ms!;
console.log("Stages (seconds; peak resident memory of the stage's process tree in MB):\n");
console.log(
  table(
    ["entities", "html pages", "data s", "data MB", "µs/entity", "Eleventy s", "Eleventy MB", "pages/s", "Pagefind s", "Pagefind MB", "total s"],
    rows.map((r) => {
      const total = ms(r.data) + ms(r.eleventy) + ms(r.pagefind);
      return [
        String(r.size),
        String(r.htmlPages),
        s(ms(r.data)),
        r.data.peakRssMb.toFixed(0),
        ((ms(r.data) * 1000) / r.size).toFixed(0),
        s(ms(r.eleventy)),
        r.eleventy.peakRssMb.toFixed(0),
        (r.htmlPages / (ms(r.eleventy) / 1000)).toFixed(0),
        s(ms(r.pagefind)),
        r.pagefind.peakRssMb.toFixed(0),
        s(total),
      ];
    }),
  ),
);
function floorComparison(title: string, label: string, floorOf: (r: Row) => [StageRun, StageRun], extra?: [string, (r: Row) => string]): void {
  console.log(`\n${title}\n`);
  console.log(
    table(
      ["entities", ...(extra ? [extra[0]] : []), `${label} Eleventy s`, `${label} Pagefind s`, `${label} total s`, "ours total s", `ours / ${label}`, `Eleventy / ${label}`, `Pagefind / ${label}`],
      rows.map((r) => {
        const [eleventy, pagefind] = floorOf(r);
        const ours = ms(r.data) + ms(r.eleventy) + ms(r.pagefind);
        const floor = ms(eleventy) + ms(pagefind);
        return [
          String(r.size),
          ...(extra ? [extra[1](r)] : []),
          s(ms(eleventy)),
          s(ms(pagefind)),
          s(floor),
          s(ours),
          (ours / floor).toFixed(2),
          (ms(r.eleventy) / ms(eleventy)).toFixed(2),
          (ms(r.pagefind) / ms(pagefind)).toFixed(2),
        ];
      }),
    ),
  );
}
floorComparison("Against the floor (plain Eleventy rendering as many trivial pages, and Pagefind indexing them):", "floor", (r) => [r.floorEleventy, r.floorPagefind]);
floorComparison("Against a floor of the same size (as many filler pages, as many bytes each as ours):", "sized", (r) => [r.sizedEleventy, r.sizedPagefind], ["bytes/page", (r) => String(r.bytesPerPage)]);
console.log("\nOutput and first search (a name typed into the search page in Chromium, cold, service worker off; KB on the wire, compressed by the server, and uncompressed; ms from the last keystroke to the results, after the debounce):\n");
console.log(
  table(
    ["entities", "output MB", "index MB", "first search KB compressed", "uncompressed KB", "of it Pagefind KB", "of it names KB", "requests", "results ms"],
    rows.map((r) => [
      String(r.size),
      mb(r.outputBytes),
      mb(r.indexBytes),
      (r.search.compressed / 1024).toFixed(0),
      (r.search.uncompressed / 1024).toFixed(0),
      (r.search.pagefind / 1024).toFixed(0),
      (r.search.names / 1024).toFixed(0),
      String(r.search.requests),
      r.search.ms.toFixed(0),
    ]),
  ),
);
if (rows.length >= 2) {
  const [small, large] = [rows[0]!, rows[rows.length - 1]!];
  const perSmall = ms(small.data) / small.size;
  const perLarge = ms(large.data) / large.size;
  console.log(`\nData scripts, per-entity cost at ${large.size} over ${small.size}: ${(perLarge / perSmall).toFixed(2)}× (target ≤ 1.2×)`);
}
console.log(`Machine: ${execFileSync("nproc", { encoding: "utf8" }).trim()} cores, Node ${process.version}.`);
