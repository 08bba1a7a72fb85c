/** `pagefind-runner <siteDir> <outputDir>`: indexes a rendered site with Pagefind's Node API and prints {"pages": N}. */
import * as pagefind from "pagefind";
import { rmSync } from "node:fs";
import { join } from "node:path";

/** Pagefind's ready-made interfaces: the site has its own search page, so readers never download these. */
const UNUSED = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css"];

const [siteDir, outputPath] = process.argv.slice(2) as [string, string];
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
const added = await index.addDirectory({ path: siteDir });
if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
await pagefind.close();
for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
console.log(JSON.stringify({ pages: added.page_count }));
