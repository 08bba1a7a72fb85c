/**
 * The curator's loop, timed as a curator sees it: `npm run watch`'s session
 * process runs over a copy of the data, a fact's text is saved with a new word
 * in it, and the clock stops when the served page has the word (fetched over
 * HTTP from a server in this process, as `npm run watch` serves from its own),
 * and when the session says search has it. The session runs in a process of
 * its own because that is how a curator runs it: a server in the session's
 * process would wait for the whole update before answering, and time that.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { load, CORE_SCHEMA } from "js-yaml";
import { stringify } from "yaml";
import { startStaticServer } from "../site/static-server.ts";
import { spread, type Spread } from "./measure.ts";

export interface EditTimes {
  edits: number;
  pageMs: Spread;
  searchMs: Spread;
  startMs: number;
}

const ROOT = resolve(import.meta.dirname, "../..");

/** The first person with a fact: the file to edit, and the page that shows it. */
function target(dataDir: string): { file: string; url: string } {
  for (const name of readdirSync(join(dataDir, "people")).sort()) {
    const data = load(readFileSync(join(dataDir, "people", name), "utf8"), { schema: CORE_SCHEMA }) as { id: string; facts?: Array<{ text: string }> };
    if (data.facts?.length) return { file: join(dataDir, "people", name), url: `people/${data.id}/` };
  }
  throw new Error("no person with a fact to edit");
}

/** `npm run watch`'s session process, and a wait for the next line of its output that starts with a given text. */
function watchSession(dataDir: string, outDir: string) {
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", join(ROOT, "scripts/cli/watch-data.ts"), "--data", dataDir, "--out", outDir, "--site-url", "http://localhost:8080/"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const waiting: Array<{ prefix: string; done: () => void }> = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const i = waiting.findIndex((w) => line.startsWith(w.prefix));
    if (i >= 0) waiting.splice(i, 1)[0]!.done();
  });
  const exited = new Promise<never>((_, fail) => child.on("exit", (code) => fail(new Error(`the watching session stopped (exit ${code})`))));
  exited.catch(() => undefined);
  return {
    stopped: () => child.exitCode !== null || child.signalCode !== null,
    line: (prefix: string) => Promise.race([new Promise<void>((done) => waiting.push({ prefix, done })), exited]),
    close: () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once("exit", () => done()), child.kill("SIGTERM")))),
  };
}

export async function editLoop(dataDir: string, outDir: string, edits: number): Promise<EditTimes> {
  const t0 = performance.now();
  const session = watchSession(dataDir, outDir);
  const server = await startStaticServer(outDir);
  const pageMs: number[] = [];
  const searchMs: number[] = [];
  try {
    await session.line("Watching ");
    const startMs = performance.now() - t0;
    const { file, url } = target(dataDir);
    for (let i = 0; i < edits; i++) {
      const word = `benchmarkedit${i}x${Math.round(Math.random() * 1e6)}`;
      const data = load(readFileSync(file, "utf8"), { schema: CORE_SCHEMA }) as { facts: Array<{ text: string; corrections?: Array<{ on: string; note: string }> }> };
      const fact = data.facts[0]!;
      fact.text = `${word} ${fact.text}`;
      // A published fact changes only with a dated correction (fact-versions.txt holds the curated data to it).
      fact.corrections = [...(fact.corrections ?? []), { on: new Date().toISOString().slice(0, 10), note: `Reworded (${word}).` }];
      const searched = session.line("✓ Search updated");
      searched.catch(() => undefined);
      const saved = performance.now();
      writeFileSync(file, stringify(data));
      for (;;) {
        // The page may be mid-switch when asked for: a failed request is asked again, as a reloading reader would.
        const html = await fetch(new URL(url, server.url)).then((r) => r.text(), () => "");
        if (html.includes(word)) break;
        if (session.stopped()) throw new Error("the watching session stopped before it served the edited page");
        await new Promise((r) => setTimeout(r, 5));
      }
      pageMs.push(performance.now() - saved);
      await searched;
      searchMs.push(performance.now() - saved);
      await new Promise((r) => setTimeout(r, 300));
    }
    return { edits, pageMs: spread(pageMs), searchMs: spread(searchMs), startMs };
  } finally {
    await server.close();
    await session.close();
  }
}
