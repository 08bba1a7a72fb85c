/** The reader-side scripts, written in TypeScript, bundled by esbuild into the output. */
import { build } from "esbuild";
import { join, resolve } from "node:path";

const CLIENT = resolve(import.meta.dirname, "../../src/client");

export async function bundleClientScripts(outDir: string): Promise<void> {
  const common = { bundle: true, minify: true, target: "es2020", logLevel: "silent" as const, legalComments: "none" as const };
  await Promise.all([
    build({ ...common, entryPoints: [join(CLIENT, "site.ts")], outfile: join(outDir, "assets/site.js"), format: "iife" }),
    build({ ...common, entryPoints: [join(CLIENT, "service-worker.ts")], outfile: join(outDir, "sw.js"), format: "iife" }),
    build({ ...common, entryPoints: [join(CLIENT, "redirect.ts")], outfile: join(outDir, "assets/redirect.js"), format: "iife" }),
  ]);
}
