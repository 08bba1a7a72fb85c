/**
 * `npm run new <kind> <id>`: writes a stub for a new entity in its kind's folder,
 * then runs the check so the curator sees at once what is left to fill in.
 */
import { parseArgs } from "node:util";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkData } from "../pipeline/check-data.ts";
import { displayPath } from "../pipeline/load.ts";
import { formatProblems } from "../pipeline/problems.ts";
import { ID_PATTERN, KINDS, KIND_LIST, kindOfFolder, type Kind } from "../schema/index.ts";
import { STUBS } from "./stubs.ts";

const { values, positionals } = parseArgs({ options: { data: { type: "string" } }, allowPositionals: true });
const dataDir = resolve(values.data ?? process.env.DATA_DIR ?? "_data");
const fail = (message: string, hint: string): never => {
  console.error(`✗ ${message}\n  → ${hint}`);
  process.exit(1);
};

const [kindName, id] = positionals;
const kinds = KIND_LIST.map((k) => `${k} (${KINDS[k].folder}/)`).join(", ");
if (!kindName || !id || positionals.length !== 2) fail("usage: npm run new <kind> <id>", `Kinds: ${kinds}. For example: npm run new person jane-doe.`);
const kind: Kind | undefined = (KIND_LIST as string[]).includes(kindName!) ? (kindName as Kind) : kindOfFolder(kindName!);
if (!kind) fail(`unknown kind "${kindName}"`, `Use one of: ${kinds}.`);
if (!ID_PATTERN.test(id!)) fail(`"${id}" is not a valid id`, "Ids are lowercase words of letters and digits joined by single hyphens, e.g. jane-doe.");
for (const k of KIND_LIST) {
  const dir = join(dataDir, KINDS[k].folder);
  if (existsSync(dir) && readdirSync(dir).includes(`${id}.yaml`)) fail(`the id "${id}" is already used by ${displayPath(join(dir, `${id}.yaml`))}`, "Ids are unique across all kinds; choose another.");
}

const folder = join(dataDir, KINDS[kind!].folder);
mkdirSync(folder, { recursive: true });
const file = join(folder, `${id}.yaml`);
writeFileSync(file, STUBS[kind!](id!));
console.log(`✓ Wrote ${displayPath(file)}, a new ${KINDS[kind!].label.toLowerCase()}.`);

const left = checkData(dataDir).problems.filter((p) => p.file === displayPath(file));
if (left.length) {
  console.log(`  Fill in what the check asks for (the fields marked TODO), then run npm run check:\n`);
  console.log(formatProblems(left));
} else console.log("  It checks. Add roles, facts and aliases from the sources, then run npm run check.");
