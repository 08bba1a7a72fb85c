/**
 * A static file server for the built site, used by `npm start`, the tests and
 * the benchmark. It compresses responses (brotli or gzip, as the browser
 * accepts) the way a real host does, so what a reader downloads is measured as
 * it would be; Pagefind's files are compressed already and pass as they are.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { constants } from "node:zlib";
import sirv from "sirv";
import compression from "compression";

/** Brotli at the quality hosts use on the fly: the default (11) is for files compressed once, ahead of time. */
export const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

export function createStaticHandler(siteDir: string, pathPrefix = "/") {
  // dev: true re-reads the folder per request, so a swapped-in rebuild is served at once.
  const files = sirv(siteDir, { dev: true, etag: true, extensions: ["html"] });
  const compress = compression({ brotli: BROTLI });
  const notFound = (res: ServerResponse) => {
    const page = join(siteDir, "404.html");
    res.statusCode = 404;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(existsSync(page) ? readFileSync(page) : "Not found");
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    if (!url.startsWith(pathPrefix)) {
      if (url === "/" && pathPrefix !== "/") {
        res.statusCode = 302;
        res.setHeader("location", pathPrefix);
        return void res.end();
      }
      return notFound(res);
    }
    req.url = "/" + url.slice(pathPrefix.length);
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => files(req, res, () => notFound(res)));
  };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on loopback (port 0 picks a free one), under its path prefix. */
export async function startStaticServer(siteDir: string, pathPrefix = "/", port = 0): Promise<RunningServer> {
  const server = createServer(createStaticHandler(siteDir, pathPrefix));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${pathPrefix}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
