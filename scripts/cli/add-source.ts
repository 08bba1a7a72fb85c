/**
 * `npm run add-source <archived-file>`: records an archived article as a source
 * entity (file name and sha256), drafts its title, outlet and date from what
 * the text states, and prints its paragraphs, numbered, for coverage. The
 * paragraphs go to the terminal only: the article's text is not ours to keep.
 */
import { parseArgs } from "node:util";
import { existsSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { checkData } from "../pipeline/check-data.ts";
import { displayPath } from "../pipeline/load.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { readArchivedText, resolveArchiveDir } from "../pipeline/archive/archive.ts";
import { ID_PATTERN, KINDS } from "../schema/index.ts";
import { draftSource, sourceYaml } from "./source-draft.ts";

const { values, positionals } = parseArgs({ options: { data: { type: "string" }, archive: { type: "string" }, id: { type: "string" } }, allowPositionals: true });
const dataDir = resolve(values.data ?? process.env.DATA_DIR ?? "_data");
const fail = (message: string, hint: string): never => {
  console.error(`✗ ${message}\n  → ${hint}`);
  process.exit(1);
};

const [given] = positionals;
if (!given || positionals.length !== 1) fail("usage: npm run add-source <archived-file>", "Give the path of the archived article, e.g. npm run add-source ../shared/sources/005_….txt.");
const path = resolve(given!);
if (!existsSync(path)) fail(`there is no file ${given}`, "Give the path of a file in the source archive.");
const file = basename(path);
const archive = resolveArchiveDir(values.archive);
if (resolve(archive.dir) !== dirname(path)) {
  console.warn(`! ${file} is not in the archive folder ${displayPath(archive.dir)} (from ${archive.from}); verify looks for it there.`);
}
const text = readArchivedText(dirname(path), file)!;

const data = checkData(dataDir);
const sources = data.linked.entities.filter((e) => e.kind === "source");
const recorded = sources.find((e) => e.entity.archive.file === file || e.entity.archive.sha256 === text.sha256);
if (recorded) fail(`${file} is already recorded by ${recorded.file}`, "One source entity per archived file.");

// The archive's files are numbered (005_….txt); the dataset numbers its sources the same way.
const number = file.match(/^(\d+)[_-]/)?.[1];
const id = values.id ?? (number ? `source-${number}` : `source-${String(sources.length).padStart(3, "0")}`);
if (!ID_PATTERN.test(id)) fail(`"${id}" is not a valid id`, "Give --id with lowercase words joined by hyphens.");
if (data.linked.byId.has(id)) fail(`the id "${id}" is already used by ${data.linked.byId.get(id)!.file}`, "Give another with --id.");

const outlets = data.linked.entities
  .filter((e) => e.kind === "organization" && e.entity.kind === "outlet")
  .map((e) => ({ id: e.entity.id, names: [e.entity.name, ...(e.entity.aliases ?? []).map((a) => a.name)] }));
const draft = draftSource(text.paragraphs, outlets);
const out = join(dataDir, KINDS.source.folder, `${id}.yaml`);
writeFileSync(out, sourceYaml(id, file, text.sha256, draft));

console.log(`✓ Wrote ${displayPath(out)}: ${file}, sha256 ${text.sha256}.`);
console.log(`  title:     ${draft.title ? "drafted from the text" : "TODO (no headline found)"}`);
console.log(`  outlet:    ${draft.outlet ? `${draft.outlet.asStated} (${draft.outlet.organization})` : "TODO (the text names no outlet the data knows)"}`);
console.log(`  published: ${draft.published ? `${draft.published.on}, from the line "${draft.published.line}"` : "TODO (the text has no date line)"}`);
console.log(`\nIts ${text.paragraphs.length} paragraphs, for coverage (cite each substantive one, or exclude it with a reason):\n`);
text.paragraphs.forEach((p, i) => console.log(`  ¶${i + 1}  ${p}`));
const left = checkData(dataDir).problems.filter((p) => p.file === displayPath(out));
if (left.length) console.log(`\nStill to do in ${displayPath(out)}:\n\n${formatProblems(left)}`);
