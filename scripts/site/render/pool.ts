/**
 * Renders every shard, on every core: the shards are written to files (V8's
 * serializer keeps shared references, so a fact listed on five pages is
 * stored once), and a pool of worker processes takes them one at a time.
 * A site small enough for one shard of entity pages is rendered in this process.
 */
import { fork } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { serialize } from "node:v8";
import type { PageStream, SiteGraph } from "../../graph/site-graph.ts";
import { OutputFiles, type FileRecord } from "../output-files.ts";
import { renderShard } from "./eleventy-run.ts";
import { planShards, type PlannedShard } from "./shards.ts";
import { addCardStats, noCards, type CardStats } from "../cards.ts";

export interface ShardTask {
  file: string;
  siteDir: string;
  atomic: boolean;
  cardCache?: string;
}
export type ShardDone = { ok: true; pages: number; cards: CardStats; records: FileRecord[] } | { ok: false; error: string };

export interface RenderOptions {
  /** Worker processes; 1 renders shard after shard in this process. */
  workers?: number;
  /** Entity pages per Eleventy run: bounds each run's memory. */
  pagesPerShard?: number;
  /** Where shard files wait for their worker (removed afterwards). */
  workDir: string;
  /** The preview cards' cache folder (DEFAULT_CARD_CACHE unless given). */
  cardCache?: string;
  /** The entity pages, when the graph does not hold them (a build that streams its pages). */
  stream?: PageStream;
}

export interface RenderResult {
  pages: number;
  cards: CardStats;
}

const WORKER = resolve(import.meta.dirname, "worker.ts");
export const DEFAULT_PAGES_PER_SHARD = 4000;

/** Below this many entity pages a shard is not worth a process of its own: starting one costs about a second. */
const MIN_PAGES_PER_SHARD = 250;

/**
 * As many shards as there are cores, or a multiple of them, none above the
 * default size: a cold build renders a preview card per entity page (about
 * 16 ms each), so even a thousand pages are worth both cores.
 */
function shardSize(pages: number, cores: number): number {
  const shards = Math.ceil(Math.ceil(pages / DEFAULT_PAGES_PER_SHARD) / cores) * cores;
  return Math.max(MIN_PAGES_PER_SHARD, Math.ceil(pages / shards));
}

export async function renderSite(graph: SiteGraph, out: OutputFiles, options: RenderOptions): Promise<RenderResult> {
  const cores = options.workers ?? availableParallelism();
  const count = options.stream?.count ?? graph.pages.length;
  const inputs = planShards(graph, options.pagesPerShard ?? shardSize(count, cores), options.stream);
  // One shard of entity pages beside the singletons' run: starting workers costs more than it saves.
  const workers = inputs.length <= 2 && options.workers === undefined ? 1 : Math.min(cores, inputs.length);
  if (workers <= 1) {
    const result: RenderResult = { pages: 0, cards: noCards() };
    for (const planned of inputs) {
      const shard = await renderShard(planned.input(), out, options.cardCache);
      result.pages += shard.pages;
      addCardStats(result.cards, shard.cards);
    }
    return result;
  }
  mkdirSync(options.workDir, { recursive: true });
  try {
    return await renderInWorkers(inputs, out, workers, options.workDir, options.cardCache);
  } finally {
    rmSync(options.workDir, { recursive: true, force: true });
  }
}

async function renderInWorkers(inputs: PlannedShard[], out: OutputFiles, workers: number, workDir: string, cardCache: string | undefined): Promise<RenderResult> {
  // Largest first, so the last shard to start is a short one.
  const queue = inputs.map((planned, i) => ({ planned, i })).sort((a, b) => b.planned.pages - a.planned.pages);
  let pages = 0;
  const cards = noCards();
  const children: ReturnType<typeof fork>[] = [];
  const runWorker = () =>
    new Promise<void>((done, fail) => {
      // A larger young generation spares the many short-lived strings of rendering a lot of garbage collection.
      const child = fork(WORKER, [], { execArgv: ["--import", "tsx", "--max-semi-space-size=64"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
      children.push(child);
      const next = () => {
        const task = queue.shift();
        if (!task) return void child.disconnect();
        const file = join(workDir, `shard-${task.i}.bin`);
        writeFileSync(file, serialize(task.planned.input()));
        child.send({ file, siteDir: out.root, atomic: out.atomic, cardCache } satisfies ShardTask);
      };
      child.on("message", (result: ShardDone) => {
        if (!result.ok) {
          child.kill();
          return fail(new Error(`rendering failed: ${result.error}`));
        }
        pages += result.pages;
        addCardStats(cards, result.cards);
        out.records.push(...result.records);
        next();
      });
      child.on("exit", (code) => (code === 0 || code === null ? done() : fail(new Error(`a rendering process exited with ${code}`))));
      child.on("error", fail);
      next();
    });
  try {
    await Promise.all(Array.from({ length: workers }, runWorker));
  } catch (error) {
    for (const child of children) child.kill();
    throw error;
  }
  return { pages, cards };
}
