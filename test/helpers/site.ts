import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export function readPage(siteDir: string, url: string): string {
  const path = url.endsWith("/") ? join(siteDir, url, "index.html") : join(siteDir, url);
  return readFileSync(path, "utf8");
}

export function listFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

export { startStaticServer as serve, type RunningServer } from "../../scripts/site/static-server.ts";
