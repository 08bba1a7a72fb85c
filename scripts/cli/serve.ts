/**
 * `npm start`: builds, then serves the output over HTTP (Pagefind needs it) at
 * the site URL's path prefix. `--watch` rebuilds when data or templates change;
 * a failed rebuild keeps serving the last good site.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { resolve } from "node:path";
import { cliOptions } from "./options.ts";
import { startStaticServer } from "../site/static-server.ts";

const options = cliOptions({ watch: { type: "boolean" }, "no-build": { type: "boolean" } });
const projectRoot = resolve(import.meta.dirname, "../..");

function runBuild(): Promise<boolean> {
  return new Promise((done) => {
    const args = ["--import", "tsx", resolve(projectRoot, "scripts/cli/build.ts"), "--data", options.dataDir, "--out", options.outDir, "--site-url", options.siteUrl];
    const child = spawn(process.execPath, args, { stdio: "inherit", cwd: projectRoot });
    child.on("exit", (code) => done(code === 0));
  });
}

if (!options.values["no-build"]) {
  const ok = await runBuild();
  if (!ok) console.error("The first build failed; serving whatever the last good build left (if anything).");
}

const prefix = new URL(options.siteUrl).pathname;
await startStaticServer(options.outDir, prefix, options.port);
console.log(`Serving ${options.outDir} at http://localhost:${options.port}${prefix} — press Ctrl+C to stop.`);

if (options.values.watch) {
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) return void (again = true);
    building = true;
    console.log("Change detected; rebuilding…");
    await runBuild();
    building = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  for (const dir of [options.dataDir, resolve(projectRoot, "src"), resolve(projectRoot, "_includes")]) {
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 200);
    });
  }
  console.log("Watching the data and templates for changes.");
}
