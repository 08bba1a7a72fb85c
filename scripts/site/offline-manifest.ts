/**
 * The list of every file the service worker caches for offline reading, with a
 * version derived from their contents (also Pagefind's metaCacheTag).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const OFFLINE_MANIFEST = "offline-manifest.json";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function writeOfflineManifest(siteDir: string): number {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const path of listFiles(siteDir)) {
    const url = relative(siteDir, path).split(sep).join("/");
    if (url === "sw.js" || url === OFFLINE_MANIFEST) continue;
    hash.update(url).update(readFileSync(path));
    // Directory URLs are what readers visit; cache them under that name.
    files.push(url.endsWith("index.html") ? url.slice(0, -"index.html".length) : url);
  }
  const version = hash.digest("hex").slice(0, 16);
  writeFileSync(join(siteDir, OFFLINE_MANIFEST), JSON.stringify({ version, files }) + "\n");
  return files.length + 2;
}
