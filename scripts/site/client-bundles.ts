/** The reader-side scripts, written in TypeScript, bundled by esbuild into the output. */
import { build } from "esbuild";
import { join, resolve } from "node:path";
import { REDIRECT_SCRIPT_PATH, SITE_SCRIPT_PATH } from "../shared/contracts.ts";
import type { OutputFiles } from "./output-files.ts";

const CLIENT = resolve(import.meta.dirname, "../../src/client");

const BUNDLES: Array<[entry: string, path: string]> = [
  ["site.ts", SITE_SCRIPT_PATH],
  ["redirect.ts", REDIRECT_SCRIPT_PATH],
];

function bundle(entry: string): Promise<string> {
  return build({ entryPoints: [join(CLIENT, entry)], bundle: true, minify: true, target: "es2020", format: "iife", logLevel: "silent", legalComments: "none", write: false }).then(
    (result) => result.outputFiles[0]!.text,
  );
}

/** Writes the page scripts; returns the service worker's bundle, which is written with the site's version in it once that is known. */
export async function bundleClientScripts(out: OutputFiles): Promise<string> {
  const [worker, ...pages] = await Promise.all([bundle("service-worker.ts"), ...BUNDLES.map(([entry]) => bundle(entry))]);
  pages.forEach((text, i) => out.write(BUNDLES[i]![1], text));
  return worker!;
}
