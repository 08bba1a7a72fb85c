/**
 * The floor: plain Eleventy rendering the same number of trivial pages, in its
 * own tiny project, with no data scripts, no layout and no transforms.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeFloorProject(dir: string, pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(
    join(dir, "src/pages.11ty.js"),
    `export const data = {
  pagination: { data: "items", size: 1, alias: "item" },
  items: Array.from({ length: ${pages} }, (_, i) => i),
  permalink: (d) => \`/page-\${d.item}/\`,
};
export function render({ item }) {
  return \`<!doctype html><html lang="en"><head><title>Page \${item}</title></head><body><main><h1>Page \${item}</h1><p>Trivial page number \${item} for the floor benchmark.</p></main></body></html>\`;
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
