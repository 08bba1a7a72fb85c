/**
 * Runs the real Pagefind indexer (its Node API) over the rendered pages, in a
 * process of its own: when the Pagefind binary dies (a full disk makes it
 * panic) the Node API's promises never settle, so the build watches the process
 * instead, and reports what it said.
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const RUNNER = resolve(import.meta.dirname, "pagefind-runner.ts");

export class IndexingError extends Error {}

/** `listFile`: index only the pages it lists (one part of a split index); without it, every page under `siteDir`. */
export function indexWithPagefind(siteDir: string, outputPath = join(siteDir, "pagefind"), signal?: AbortSignal, listFile?: string): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", RUNNER, siteDir, outputPath, ...(listFile ? [listFile] : [])], { stdio: ["ignore", "pipe", "pipe"], signal, killSignal: "SIGKILL" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => fail(signal?.aborted ? new IndexingError("indexing was stopped: the site changed") : error));
    child.on("exit", (code, exitSignal) => {
      if (signal?.aborted) return fail(new IndexingError("indexing was stopped: the site changed"));
      const report = stdout.trim().split("\n").pop() ?? "";
      if (code === 0 && report.startsWith("{")) return done((JSON.parse(report) as { pages: number }).pages);
      const said = stderr.split("\n").find((l) => /panicked|error|Error/.test(l)) ?? stderr.trim().split("\n").pop() ?? "";
      const detail = /No space left|StorageFull|ENOSPC/.test(stderr) ? "No space left on device" : said.trim() || `it stopped (${exitSignal ?? `exit ${code}`}) without a message`;
      fail(new IndexingError(`Pagefind could not index the site: ${detail}`));
    });
  });
}
