/** The reader-side scripts, written in TypeScript, bundled by esbuild into the output. */
import { build } from "esbuild";
import { join, resolve } from "node:path";
import { REDIRECT_SCRIPT_PATH, SERVICE_WORKER_PATH, SITE_SCRIPT_PATH } from "../shared/contracts.ts";

const CLIENT = resolve(import.meta.dirname, "../../src/client");

export async function bundleClientScripts(outDir: string): Promise<void> {
  const common = { bundle: true, minify: true, target: "es2020", logLevel: "silent" as const, legalComments: "none" as const };
  await Promise.all([
    build({ ...common, entryPoints: [join(CLIENT, "site.ts")], outfile: join(outDir, SITE_SCRIPT_PATH), format: "iife" }),
    build({ ...common, entryPoints: [join(CLIENT, "service-worker.ts")], outfile: join(outDir, SERVICE_WORKER_PATH), format: "iife" }),
    build({ ...common, entryPoints: [join(CLIENT, "redirect.ts")], outfile: join(outDir, REDIRECT_SCRIPT_PATH), format: "iife" }),
  ]);
}
