/** The reader-side scripts, written in TypeScript, bundled by esbuild into the output. */
import { build } from "esbuild";
import { join, resolve } from "node:path";
import { REDIRECT_SCRIPT_PATH, SERVICE_WORKER_PATH, SITE_SCRIPT_PATH } from "../shared/contracts.ts";
import type { OutputFiles } from "./output-files.ts";

const CLIENT = resolve(import.meta.dirname, "../../src/client");

const BUNDLES: Array<[entry: string, path: string]> = [
  ["site.ts", SITE_SCRIPT_PATH],
  ["service-worker.ts", SERVICE_WORKER_PATH],
  ["redirect.ts", REDIRECT_SCRIPT_PATH],
];

export async function bundleClientScripts(out: OutputFiles): Promise<void> {
  const results = await Promise.all(
    BUNDLES.map(([entry]) =>
      build({ entryPoints: [join(CLIENT, entry)], bundle: true, minify: true, target: "es2020", format: "iife", logLevel: "silent", legalComments: "none", write: false }),
    ),
  );
  results.forEach((result, i) => out.write(BUNDLES[i]![1], Buffer.from(result.outputFiles[0]!.contents)));
}
