/**
 * `npm run rename <old-id> <new-id>`: renames an entity without breaking a
 * published URL. Refuses on data that does not check, so that what it changes
 * is all that changed, and checks the result before it reports success.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { buildSiteGraph } from "../graph/build-graph.ts";
import { checkData } from "../pipeline/check-data.ts";
import { displayPath } from "../pipeline/load.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { ID_PATTERN, KINDS } from "../schema/index.ts";
import { absoluteUrl, twinPath } from "../shared/url-scheme.ts";
import { DEFAULT_SITE_URL } from "./options.ts";
import { leftInProse, planRename, renameEntity } from "./rename-entity.ts";

const { values, positionals } = parseArgs({ options: { data: { type: "string" }, "site-url": { type: "string" } }, allowPositionals: true });
const dataDir = resolve(values.data ?? process.env.DATA_DIR ?? "_data");
const siteUrl = values["site-url"] ?? process.env.SITE_URL ?? DEFAULT_SITE_URL;
const fail = (message: string, hint: string): never => {
  console.error(`✗ ${message}\n  → ${hint}`);
  process.exit(1);
};

const [from, to] = positionals;
if (!from || !to || positionals.length !== 2) fail("usage: npm run rename <old-id> <new-id>", "Give the id to rename and its new id, e.g. npm run rename jake-sullivan jacob-sullivan.");
if (!ID_PATTERN.test(to!)) fail(`"${to}" is not a valid id`, "Ids are lowercase words of letters and digits joined by single hyphens, e.g. joe-biden.");

const before = buildSiteGraph(dataDir, { siteUrl });
if (!before.ok) {
  console.error(formatProblems(before.problems));
  fail(`the data in ${displayPath(dataDir)} does not check`, "Fix the problems above first (npm run check), then rename.");
}
const data = checkData(dataDir);
const entity = data.linked.byId.get(from!);
if (!entity) fail(`there is no entity "${from}"`, "Give the id as it appears in its file (the file name without .yaml).");
if (data.linked.byId.has(to!)) fail(`the id "${to}" is already used by ${data.linked.byId.get(to!)!.file}`, "Choose an id no entity uses.");

const graph = before.ok ? before.graph : undefined;
const plan = planRename(KINDS[entity!.kind].segment, from!, to!, graph!.pageUrls);
const result = renameEntity(dataDir, from!, to!, plan, data.redirects);

const after = buildSiteGraph(dataDir, { siteUrl });
if (!after.ok) {
  console.error(formatProblems(after.problems));
  fail("the renamed data does not check", "Review the changes with git diff; the problems above say what is left to do.");
}

const url = (path: string) => absoluteUrl(siteUrl, path);
console.log(`✓ Renamed ${from} to ${to}: ${displayPath(result.movedTo)}`);
console.log(`  ${result.references} reference${result.references === 1 ? "" : "s"} rewritten in ${result.filesRewritten.length} file${result.filesRewritten.length === 1 ? "" : "s"}.`);
console.log(`  Redirects recorded in ${displayPath(data.redirectsFile)}:`);
for (const r of result.redirects) console.log(`    ${url(r.from)} → ${url(r.to)}`);
console.log(`    ${url(twinPath(plan.oldPage))} serves the twin of ${url(plan.newPage)}, ${url(twinPath(plan.newPage))}`);
if (result.retargeted) console.log(`  ${result.retargeted} earlier redirect${result.retargeted === 1 ? "" : "s"} now point${result.retargeted === 1 ? "s" : ""} at the new page.`);
const prose = leftInProse(dataDir, from!);
if (prose.length) {
  console.log(`  The old id is still written in prose (a note or text), which a rename does not change; read these:`);
  for (const where of prose) console.log(`    ${where}`);
}
console.log("  Record the new URLs with npm run urls:record once the change is published.");
