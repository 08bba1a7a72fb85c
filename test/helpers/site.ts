import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { AddressInfo } from "node:net";
import { createStaticHandler } from "../../scripts/site/static-server.ts";

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

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on a free loopback port, under an optional path prefix. */
export async function serve(siteDir: string, pathPrefix = "/"): Promise<RunningServer> {
  const server: Server = createServer(createStaticHandler(siteDir, pathPrefix));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
