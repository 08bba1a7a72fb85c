/**
 * The floors our build is measured against, prepared from our own output so
 * that they do the same work with nothing of ours in it:
 * - physical: read and parse the same YAML, write the same files with plain
 *   fs calls, and index the same words with Pagefind;
 * - Eleventy: Eleventy writing the same pages from a template that returns
 *   them as they are;
 * - Pagefind: Pagefind indexing the same words without our markup.
 * Preparing them (reading our output, stripping the markup) is not timed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { parse } from "node-html-parser";

export function listFiles(root: string, filter: (path: string) => boolean = () => true): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter(filter)
    .sort();
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Our indexed pages as bare words: each page's indexed region, without the parts Pagefind ignores, as one paragraph. */
export function prepareWordsOnly(siteDir: string, wordsDir: string): number {
  let pages = 0;
  for (const file of listFiles(siteDir, (f) => f.endsWith(".html") && !f.startsWith("pagefind"))) {
    const html = readFileSync(join(siteDir, file), "utf8");
    if (!html.includes("data-pagefind-body")) continue;
    const body = parse(html).querySelector("[data-pagefind-body]");
    if (!body) continue;
    for (const ignored of body.querySelectorAll("[data-pagefind-ignore]")) ignored.remove();
    const words = body.textContent.replace(/\s+/g, " ").trim();
    mkdirSync(dirname(join(wordsDir, file)), { recursive: true });
    writeFileSync(join(wordsDir, file), `<!doctype html><html lang="en"><body><main data-pagefind-body><p>${escapeText(words)}</p></main></body></html>`);
    pages++;
  }
  return pages;
}
