/**
 * `pagefind-runner <siteDir> <outputDir> [listFile]`: indexes a rendered site
 * with Pagefind's Node API and prints {"pages": N}. With a list file (one
 * site-relative HTML path a line) it indexes only those pages: one part of a
 * site too large for one index. A part keeps the rule Pagefind applies to a
 * whole site: once any page marks its body for indexing, pages that mark none
 * are left out — so a part holding only such pages does not index them whole.
 */
import * as pagefind from "pagefind";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Pagefind's ready-made interfaces: the site has its own search page, so readers never download these. */
const UNUSED = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css"];

const [siteDir, outputPath, listFile] = process.argv.slice(2) as [string, string, string | undefined];
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
let pages = 0;
if (listFile) {
  for (const sourcePath of readFileSync(listFile, "utf8").split("\n").filter(Boolean)) {
    const content = readFileSync(join(siteDir, sourcePath), "utf8");
    if (!content.includes("data-pagefind-body")) continue;
    const added = await index.addHTMLFile({ sourcePath, content });
    if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join("; ")}`);
    pages++;
  }
} else {
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
  pages = added.page_count;
}
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
await pagefind.close();
for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
console.log(JSON.stringify({ pages }));
