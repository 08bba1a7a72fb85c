/**
 * `npm run bench [-- --sizes 1000,10000] [--large] [--rounds N] [--full] [--from results.json …]`: the real
 * build, timed as a whole process at each size, interleaved round by round
 * with floors that do the same work without us (same files, same words, no
 * generation inside the timed part); then the reader's side (first search,
 * first visit) and the curator's loop (edit to page, edit to search).
 * Medians and spread; nothing here asserts a time.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeSyntheticDataset } from "../bench/synthetic-data.ts";
import { runMeasured, spread, type Run, type Spread } from "../bench/measure.ts";
import { prepareWordsOnly } from "../bench/floors.ts";
import { firstSearch } from "../bench/first-search.ts";
import { firstVisit, type FirstVisit } from "../bench/first-visit.ts";
import type { EditTimes } from "../bench/edit-loop.ts";
import { table, ms, kb, ratio, range } from "../bench/report.ts";

const { values } = parseArgs({
  options: { sizes: { type: "string" }, large: { type: "boolean" }, rounds: { type: "string" }, full: { type: "boolean" }, from: { type: "string", multiple: true }, keep: { type: "boolean" }, "no-reader": { type: "boolean" }, "no-edit": { type: "boolean" } },
});
const sizes = values.sizes ? values.sizes.split(",").map(Number) : [1000, 10000, ...(values.large ? [50000, 100000] : [])];
const ROOT = resolve(import.meta.dirname, "../..");
const WORK = join(ROOT, "bench/.output");
const node = process.execPath;
const tsx = (script: string, ...args: string[]) => ["--max-semi-space-size=64", "--import", "tsx", join(ROOT, script), ...args];
// Synthetic data cites no archived article: the build is told there is no archive to check against.
const env = { ARCHIVE_DIR: join(WORK, "no-archive") };

interface SizeResult {
  size: number;
  /** Every round's build renders its preview cards cold (a fresh card cache), as CI does. */
  ours: Run[];
  /** The same build with --no-pictures, its cards cold too, to show what the pictures cost. */
  noPictures: Run[];
  /** The same build again on the last round's card cache: every card unchanged, as a curator's rebuild. */
  warm?: Run;
  oneCore: Run[];
  physical: Run[];
  eleventy: Run[];
  pagefind: Run[];
  search?: Awaited<ReturnType<typeof firstSearch>>;
  visit?: FirstVisit;
  edit?: EditTimes;
}

/** An empty card cache for one build, so that it renders every card. */
function freshCardCache(dir: string): string {
  const cache = join(dir, "card-cache");
  rmSync(cache, { recursive: true, force: true });
  return cache;
}
interface CardReport {
  rendered: number;
  cached: number;
  renderCpuMs: number;
}
const cardsOf = (run: Run) => (run.report.cards as CardReport | undefined) ?? { rendered: 0, cached: 0, renderCpuMs: 0 };
const stage = (run: Run, name: string) => ((run.report.stages as Record<string, number> | undefined)?.[name] ?? 0);
const inner = (run: Run) => Number(run.report.ms ?? 0);
const median = (runs: Run[], of: (r: Run) => number): Spread => spread(runs.map(of));

async function editLoop(dataDir: string, outDir: string): Promise<EditTimes> {
  const run = await runMeasured(node, tsx("scripts/bench/stage.ts", "edit-loop", dataDir, outDir, "5"), { env });
  return run.report as unknown as EditTimes;
}

// --from results.json [--from …]: print the tables of saved runs, merged by size, and run nothing
// (a long run can be taken in parts, each part's results.json kept).
const saved = (values.from ?? []).map((file) => JSON.parse(readFileSync(file, "utf8")) as { bundledEdit?: EditTimes; results: SizeResult[] });
if (saved.length) sizes.splice(0);
const results: SizeResult[] = saved.flatMap((s) => s.results).sort((a, b) => a.size - b.size);
const bundledEdit = saved.length ? saved.find((s) => s.bundledEdit)?.bundledEdit : values["no-edit"] ? undefined : await (async () => {
  const dir = join(WORK, "bundled");
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, "_data"), join(dir, "data"), { recursive: true });
  process.stderr.write("bundled data: edit loop…\n");
  return editLoop(join(dir, "data"), join(dir, "watch"));
})();

for (const size of sizes) {
  const dir = join(WORK, String(size));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const data = join(dir, "data");
  process.stderr.write(`\n${size} entities: generating… `);
  writeSyntheticDataset(data, size);
  const rounds = Number(values.rounds ?? (size <= 10_000 ? 3 : 1));
  // Above 10k the one-core, no-pictures and warm-card builds are left out unless asked for (--full):
  // the speed-up and the pictures' share are ratios the smaller sizes already measure, and each is a whole build more.
  const full = size <= 10_000 || values.full === true;
  const result: SizeResult = { size, ours: [], noPictures: [], oneCore: [], physical: [], eleventy: [], pagefind: [] };
  const site = join(dir, "site");
  const words = join(dir, "words");
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`round ${round + 1}: ours… `);
    result.ours.push(await runMeasured(node, tsx("scripts/cli/build.ts", "--data", data, "--out", site, "--report", "--card-cache", freshCardCache(dir)), { env }));
    if (round === 0) {
      process.stderr.write("preparing floors… ");
      prepareWordsOnly(site, words);
    }
    if (full) process.stderr.write("ours without pictures… ");
    if (full) result.noPictures.push(await runMeasured(node, tsx("scripts/cli/build.ts", "--data", data, "--out", join(dir, "site-no-pictures"), "--report", "--no-pictures", "--card-cache", freshCardCache(dir)), { env }));
    process.stderr.write("physical floor… ");
    rmSync(join(dir, "floor-physical"), { recursive: true, force: true });
    result.physical.push(await runMeasured(node, tsx("scripts/bench/stage.ts", "floor-physical", data, site, words, join(dir, "floor-physical"))));
    if (full) process.stderr.write("ours on one core… ");
    if (full) result.oneCore.push(await runMeasured(node, tsx("scripts/cli/build.ts", "--data", data, "--out", join(dir, "site-1"), "--workers", "1", "--report", "--card-cache", freshCardCache(dir)), { env }));
    process.stderr.write("Eleventy floor… ");
    rmSync(join(dir, "floor-eleventy"), { recursive: true, force: true });
    result.eleventy.push(await runMeasured(node, tsx("scripts/bench/stage.ts", "floor-eleventy", site, join(dir, "floor-eleventy"))));
    process.stderr.write("Pagefind floor… ");
    rmSync(join(dir, "floor-pagefind"), { recursive: true, force: true });
    result.pagefind.push(await runMeasured(node, tsx("scripts/bench/stage.ts", "floor-pagefind", words, join(dir, "floor-pagefind"))));
  }
  if (full) process.stderr.write("warm cards… ");
  if (full) result.warm = await runMeasured(node, tsx("scripts/cli/build.ts", "--data", data, "--out", site, "--report", "--card-cache", join(dir, "card-cache")), { env });
  if (!values["no-reader"]) {
    process.stderr.write("first search and first visit in Chromium… ");
    result.search = await firstSearch(site, "Sara");
    result.visit = await firstVisit(site);
  }
  if (!values["no-edit"] && size <= 10_000) {
    process.stderr.write("edit loop… ");
    result.edit = await editLoop(data, join(dir, "watch"));
  }
  results.push(result);
  // Written after every size, so a later size that fails loses nothing measured before it.
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, "results.json"), JSON.stringify({ machine: { cores: availableParallelism(), node: process.version }, bundledEdit, results }, null, 2));
  if (!values.keep) for (const d of ["floor-physical", "floor-eleventy", "floor-pagefind", "words", "site-1", "site-no-pictures", "watch", "card-cache"]) rmSync(join(dir, d), { recursive: true, force: true });
}
process.stderr.write("\n\n");
mkdirSync(WORK, { recursive: true });
if (!saved.length) writeFileSync(join(WORK, "results.json"), JSON.stringify({ machine: { cores: availableParallelism(), node: process.version }, bundledEdit, results }, null, 2));

console.log(`Medians of ${results.map((r) => `${r.ours.length} at ${r.size}`).join(", ")} interleaved rounds; spread as min–max. ${availableParallelism()} cores, Node ${process.version}.\n`);
console.log("The build, as one process (npm run build): stages from its own report; CPU and memory of its whole process tree.\n");
console.log(
  table(
    ["entities", "data", "pages", "search index", "rest", "total", "spread", "µs/entity", "CPU", "cores", "largest process MB", "tree MB"],
    results.map((r) => {
      const total = median(r.ours, (x) => x.wallMs);
      const rest = median(r.ours, (x) => ["data files", "client bundles", "offline manifest", "publish"].reduce((n, s) => n + stage(x, s), 0));
      return [
        String(r.size),
        ms(median(r.ours, (x) => stage(x, "data")).median),
        ms(median(r.ours, (x) => stage(x, "pages")).median),
        ms(median(r.ours, (x) => stage(x, "search index")).median),
        ms(rest.median),
        ms(total.median),
        range(total),
        ((total.median * 1000) / r.size).toFixed(0),
        ms(median(r.ours, (x) => x.cpuMs).median),
        median(r.ours, (x) => x.cores).median.toFixed(2),
        Math.max(...r.ours.map((x) => x.peakProcessMb)).toFixed(0),
        Math.max(...r.ours.map((x) => x.peakTreeMb)).toFixed(0),
      ];
    }),
  ),
);
console.log("\nPreview card images (rendered within the pages stage, in every rendering process): cold is every card rendered (a fresh cache, as in the builds above), warm is the same build again with every card unchanged.\n");
console.log(
  table(
    ["entities", "cards", "render CPU (all processes)", "CPU per card", "cold build", "warm build", "cold − warm", "build CPU cold", "warm"],
    results.map((r) => {
      const cold = median(r.ours, (x) => x.wallMs).median;
      const warm = r.warm?.wallMs ?? 0;
      const renderCpuMs = median(r.ours, (x) => cardsOf(x).renderCpuMs).median;
      const rendered = median(r.ours, (x) => cardsOf(x).rendered).median;
      return [String(r.size), String(rendered), ms(renderCpuMs), `${(renderCpuMs / Math.max(1, rendered)).toFixed(1)} ms`, ms(cold), r.warm ? `${ms(warm)} (${cardsOf(r.warm).rendered} rendered)` : "–", r.warm ? ms(cold - warm) : "–", ms(median(r.ours, (x) => x.cpuMs).median), r.warm ? ms(r.warm.cpuMs) : "–"];
    }),
  ),
);
console.log("\nAgainst floors that do the same work without us, in the same rounds (floor time as each floor measures itself):\n");
console.log(
  table(
    ["entities", "physical floor", "ours / physical", "Eleventy floor", "our pages (1 core) / it", "Pagefind floor", "our index / it", "1 core total", "speed-up on all cores"],
    results.map((r) => {
      const ours = median(r.ours, (x) => x.wallMs).median;
      const one = median(r.oneCore, (x) => x.wallMs).median;
      const physical = median(r.physical, inner);
      const eleventy = median(r.eleventy, inner);
      const pagefind = median(r.pagefind, inner);
      return [
        String(r.size),
        `${ms(physical.median)} (${range(physical)})`,
        ratio(ours, physical.median),
        `${ms(eleventy.median)} (${range(eleventy)})`,
        ratio(median(r.oneCore, (x) => stage(x, "pages")).median, eleventy.median),
        `${ms(pagefind.median)} (${range(pagefind)})`,
        ratio(median(r.ours, (x) => stage(x, "search index")).median, pagefind.median),
        ms(one),
        ratio(one, ours),
      ];
    }),
  ),
);
console.log("\nThe pictures (timeline chart, who met whom, lineage): their layout inside the data stage, and the whole build with and without them, in the same rounds:\n");
console.log(
  table(
    ["entities", "layout", "µs/entity", "build with pictures", "without", "with / without", "CPU with", "CPU without", "CPU with / without", "pages with", "pages without"],
    results.map((r) => {
      const layout = median(r.ours, (x) => stage(x, "pictures")).median;
      const withThem = median(r.ours, (x) => x.wallMs).median;
      const without = median(r.noPictures, (x) => x.wallMs).median;
      return [
        String(r.size),
        ms(layout),
        ((layout * 1000) / r.size).toFixed(0),
        ms(withThem),
        ms(without),
        ratio(withThem, without),
        ms(median(r.ours, (x) => x.cpuMs).median),
        ms(median(r.noPictures, (x) => x.cpuMs).median),
        ratio(median(r.ours, (x) => x.cpuMs).median, median(r.noPictures, (x) => x.cpuMs).median),
        ms(median(r.ours, (x) => stage(x, "pages")).median),
        ms(median(r.noPictures, (x) => stage(x, "pages")).median),
      ];
    }),
  ),
);
const base = results.find((r) => r.size === 10_000);
if (base) {
  const per = (r: SizeResult) => median(r.ours, (x) => x.wallMs).median / r.size;
  console.log(`\nLinearity, per-entity cost against 10,000: ${results.filter((r) => r.size >= 10_000).map((r) => `${r.size}: ${(per(r) / per(base)).toFixed(2)}×`).join(", ")} (target ≤ 1.3×)`);
}
if (!values["no-reader"]) {
  console.log("\nThe reader's side, in Chromium: a first search typed cold (search page, assets, Pagefind, names), and a first visit with the service worker on.\n");
  console.log(
    table(
      ["entities", "first search on the wire", "uncompressed", "results after the debounce", "first visit cached", "files", "worker ready"],
      results.filter((r) => r.search && r.visit).map((r) => [String(r.size), kb(r.search!.compressed), kb(r.search!.uncompressed), `${r.search!.ms.toFixed(0)} ms`, kb(r.visit!.cachedBytes), String(r.visit!.cachedFiles), ms(r.visit!.readyMs)]),
    ),
  );
}
if (!values["no-edit"]) {
  const rows = [...(bundledEdit ? [["bundled", bundledEdit] as const] : []), ...results.filter((r) => r.edit).map((r) => [String(r.size), r.edit!] as const)];
  console.log("\nThe curator's loop (npm run watch), a fact's text saved five times: until the page served has it, until search has it.\n");
  console.log(table(["entities", "edit → page", "spread", "edit → search", "spread", "session start"], rows.map(([size, e]) => [size, ms(e.pageMs.median), range(e.pageMs), ms(e.searchMs.median), range(e.searchMs), ms(e.startMs)])));
}
