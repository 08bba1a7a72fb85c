/**
 * `npm start`: builds, then serves the output over HTTP (Pagefind needs it) at
 * the site URL's path prefix. `--watch` (`npm run watch`) keeps a watching
 * session running instead: each save under the data folder is answered
 * incrementally, the edited page first; a change to the code or the templates
 * starts the session again. A failed rebuild keeps serving the last good site.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { resolve } from "node:path";
import { cliOptions } from "./options.ts";
import { startStaticServer } from "../site/static-server.ts";

const options = cliOptions({ watch: { type: "boolean" }, "no-build": { type: "boolean" } });
const projectRoot = resolve(import.meta.dirname, "../..");
const siteArgs = ["--data", options.dataDir, "--out", options.outDir, "--site-url", options.siteUrl];

function run(script: string): ChildProcess {
  return spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", resolve(projectRoot, "scripts/cli", script), ...siteArgs], { stdio: "inherit", cwd: projectRoot });
}

if (!options.values.watch && !options.values["no-build"]) {
  const ok = await new Promise<boolean>((done) => run("build.ts").on("exit", (code) => done(code === 0)));
  if (!ok) console.error("The build failed; serving whatever the last good build left (if anything).");
}

let session: ChildProcess | undefined;
/** The session builds first; until then the server serves the last good site, if there is one. */
function startSession(): void {
  session?.kill("SIGTERM");
  session = run("watch-data.ts");
}

if (options.values.watch) {
  startSession();
  let timer: NodeJS.Timeout | undefined;
  for (const dir of ["src", "_includes", "scripts"].map((d) => resolve(projectRoot, d))) {
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        console.log("Code or templates changed; starting the session again…");
        startSession();
      }, 200);
    });
  }
  process.on("SIGINT", () => {
    session?.kill("SIGTERM");
    process.exit(0);
  });
}

const prefix = new URL(options.siteUrl).pathname;
await startStaticServer(options.outDir, prefix, options.port);
console.log(`Serving ${options.outDir} at http://localhost:${options.port}${prefix} — press Ctrl+C to stop.`);
