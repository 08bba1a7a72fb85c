/**
 * The floor: plain Eleventy rendering the same number of pages, in its own tiny
 * project, with no data scripts, no layout and no transforms. Trivial pages are
 * the tools' fixed cost per page; filler pages of the same size as ours add the
 * cost of the bytes themselves (writing them, and Pagefind reading them).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeFloorProject(dir: string, pages: number, bytesPerPage = 0): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(
    join(dir, "src/pages.11ty.js"),
    `export const data = {
  pagination: { data: "items", size: 1, alias: "item" },
  items: Array.from({ length: ${pages} }, (_, i) => i),
  permalink: (d) => \`/page-\${d.item}/\`,
};
const WORDS = "talks truce envoy statement hostages release phase aid border council".split(" ");
function filler(item) {
  let out = "";
  for (let i = 0; out.length < ${bytesPerPage}; i++) out += (i % 24 === 0 ? "</p><p>" : " ") + WORDS[(item + i * 7) % WORDS.length];
  return out;
}
export function render({ item }) {
  return \`<!doctype html><html lang="en"><head><title>Page \${item}</title></head><body><main><h1>Page \${item}</h1><p>Trivial page number \${item} for the floor benchmark.\${filler(item)}</p></main></body></html>\`;
}
`,
  );
  writeFileSync(
    join(dir, "run.mjs"),
    `import Eleventy from ${JSON.stringify(new URL(import.meta.resolve("@11ty/eleventy")).pathname)};
const t0 = performance.now();
// The floor lives under the project's git-ignored bench/.output, which Eleventy would otherwise skip.
const e = new Eleventy(${JSON.stringify(join(dir, "src"))}, ${JSON.stringify(join(dir, "out"))}, {
  quietMode: true,
  configPath: false,
  config: (c) => c.setUseGitIgnore(false),
});
const [, written] = await e.write();
if (written.length !== ${pages}) throw new Error(\`floor wrote \${written.length} pages, expected ${pages}\`);
console.log(JSON.stringify({ ms: performance.now() - t0 }));
`,
  );
}
