/**
 * A rendering process: it receives shard files one at a time, renders each
 * with a fresh Eleventy run, and sends back the files it wrote. A process of
 * its own keeps each run's memory apart from the build's, and lets runs go on
 * both cores at once.
 */
import { readFileSync } from "node:fs";
import { deserialize } from "node:v8";
import { OutputFiles } from "../output-files.ts";
import { renderShard } from "./eleventy-run.ts";
import type { ShardInput } from "./shards.ts";
import type { ShardDone, ShardTask } from "./pool.ts";

process.on("message", (task: ShardTask) => {
  void (async () => {
    try {
      const input = deserialize(readFileSync(task.file)) as ShardInput;
      const out = new OutputFiles(task.siteDir, task.atomic);
      const { pages, cards } = await renderShard(input, out, task.cardCache);
      process.send!({ ok: true, pages, cards, records: out.records } satisfies ShardDone);
    } catch (error) {
      process.send!({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ShardDone);
    }
  })();
});
