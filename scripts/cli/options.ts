/** Options shared by the command-line tools, from flags first, then environment variables. */
import { parseArgs } from "node:util";
import { resolve } from "node:path";

export const DEFAULT_SITE_URL = "http://localhost:8080/";

export function cliOptions(extra: Record<string, { type: "string" | "boolean"; short?: string }> = {}) {
  const { values } = parseArgs({
    options: {
      data: { type: "string" },
      out: { type: "string" },
      "site-url": { type: "string" },
      archive: { type: "string" },
      port: { type: "string" },
      ...extra,
    },
    allowPositionals: false,
    strict: true,
  });
  const port = Number((values.port as string | undefined) ?? process.env.PORT ?? 8080);
  // Without a configured public address, the site is addressed where `npm start` serves it.
  const siteUrl = (values["site-url"] as string | undefined) ?? process.env.SITE_URL ?? (port === 8080 ? DEFAULT_SITE_URL : `http://localhost:${port}/`);
  return {
    values: values as Record<string, string | boolean | undefined>,
    dataDir: resolve((values.data as string | undefined) ?? process.env.DATA_DIR ?? "_data"),
    outDir: resolve((values.out as string | undefined) ?? process.env.OUT_DIR ?? "_site"),
    siteUrl: siteUrl.endsWith("/") ? siteUrl : siteUrl + "/",
    archive: values.archive as string | undefined,
    port,
  };
}
