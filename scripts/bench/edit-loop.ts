/**
 * The curator's loop, timed as a curator sees it: a watching session runs over
 * a copy of the data, a fact's text is saved with a new word in it, and the
 * clock stops when the served page has the word (fetched over HTTP), and when
 * the session says search has it.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load, CORE_SCHEMA } from "js-yaml";
import { stringify } from "yaml";
import { SiteSession } from "../site/session.ts";
import { startStaticServer } from "../site/static-server.ts";
import { spread, type Spread } from "./measure.ts";

export interface EditTimes {
  edits: number;
  pageMs: Spread;
  searchMs: Spread;
  startMs: number;
}

/** The first person with a fact: the file to edit, and the page that shows it. */
function target(dataDir: string): { file: string; url: string } {
  for (const name of readdirSync(join(dataDir, "people")).sort()) {
    const data = load(readFileSync(join(dataDir, "people", name), "utf8"), { schema: CORE_SCHEMA }) as { id: string; facts?: Array<{ text: string }> };
    if (data.facts?.length) return { file: join(dataDir, "people", name), url: `people/${data.id}/` };
  }
  throw new Error("no person with a fact to edit");
}

export async function editLoop(dataDir: string, outDir: string, edits: number): Promise<EditTimes> {
  let searchUpdated: (() => void) | undefined;
  const t0 = performance.now();
  const session = await SiteSession.start({
    dataDir,
    outDir,
    siteUrl: "http://localhost:8080/",
    onEvent: (e) => {
      if (e.kind === "search-updated") searchUpdated?.();
    },
  });
  const startMs = performance.now() - t0;
  const server = await startStaticServer(outDir);
  const { file, url } = target(dataDir);
  const pageMs: number[] = [];
  const searchMs: number[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const word = `benchmarkedit${i}x${Math.round(Math.random() * 1e6)}`;
      const data = load(readFileSync(file, "utf8"), { schema: CORE_SCHEMA }) as { facts: Array<{ text: string; corrections?: Array<{ on: string; note: string }> }> };
      const fact = data.facts[0]!;
      fact.text = `${word} ${fact.text}`;
      // A published fact changes only with a dated correction (fact-versions.txt holds the curated data to it).
      fact.corrections = [...(fact.corrections ?? []), { on: new Date().toISOString().slice(0, 10), note: `Reworded (${word}).` }];
      const searched = new Promise<void>((done) => (searchUpdated = done));
      const saved = performance.now();
      writeFileSync(file, stringify(data));
      void session.sync();
      for (;;) {
        // The page may be mid-switch when asked for: a failed request is asked again, as a reloading reader would.
        const html = await fetch(new URL(url, server.url)).then((r) => r.text(), () => "");
        if (html.includes(word)) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      pageMs.push(performance.now() - saved);
      await searched;
      searchMs.push(performance.now() - saved);
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    await server.close();
    await session.close();
  }
  return { edits, pageMs: spread(pageMs), searchMs: spread(searchMs), startMs };
}
