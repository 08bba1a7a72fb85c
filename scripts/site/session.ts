/**
 * A watching session: the curator's loop. It builds once, then keeps the last
 * good data, graph and output in memory and answers each change in steps, the
 * edited page first:
 *
 *   1. the page of the edited entity, checked on its own against the rest and
 *      built from the last good graph, is written at once;
 *   2. the whole data is checked (every problem, as a build reports them) and
 *      derived again; only the pages that show a changed entity are rendered
 *      again, with the pages that exist once and the data files;
 *   3. search: the pages changed since the main index was built go into a
 *      small overlay index;
 *   4. once edits pause, the main index is rebuilt beside the live one and
 *      swapped in, and the overlay goes.
 *
 * Once settled, the output is byte for byte what a clean build gives. A change
 * with problems leaves the last good site as it was (step 1 is undone).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { kindOfFolder } from "../schema/index.ts";
import { linkNameOf } from "../graph/context.ts";
import { rootRelativeUrl } from "../shared/url-scheme.ts";
import { checkData } from "../pipeline/check-data.ts";
import { checkOneEntity } from "../pipeline/check-one.ts";
import { checkPublishing } from "../graph/build-graph.ts";
import type { Problem } from "../pipeline/problems.ts";
import { deriveSite, type Deferred, type SiteGraph } from "../graph/site-graph.ts";
import { buildPage, type EntityPage, type PageParts } from "../graph/pages/index.ts";
import { factSectionsFor } from "../graph/facts.ts";
import { DependencyIndex } from "../graph/dependencies.ts";
import { writeSite } from "./build-site.ts";
import { OutputFiles, type FileRecord } from "./output-files.ts";
import { renderSite } from "./render/pool.ts";
import { renderShard } from "./render/eleventy-run.ts";
import { entityPagesShard } from "./render/shards.ts";
import { writeDataFiles } from "./data-files.ts";
import { writeOfflineManifest } from "./offline-manifest.ts";
import { buildFullSearchIndex, swapInFullSearchIndex, updateSearchOverlay } from "./search-overlay.ts";
import { acquireLock, newBuildFolder, outputFolder, publish, removeStaleBuilds, type OutputFolder } from "./publish.ts";
import { checkpoint } from "./checkpoints.ts";

export type SessionEvent =
  | { kind: "built"; pages: number; ms: number }
  | { kind: "page-served"; url: string; ms: number }
  | { kind: "site-updated"; pages: number; removed: number; ms: number }
  | { kind: "search-updated"; pages: number; ms: number }
  | { kind: "search-rebuilt"; ms: number }
  | { kind: "problems"; problems: Problem[] };

export interface SessionOptions {
  dataDir: string;
  outDir: string;
  siteUrl: string;
  /** Quiet time after the last change before the main search index is rebuilt. */
  rebuildSearchAfterMs?: number;
  onEvent?: (event: SessionEvent) => void;
}

interface Derived {
  data: ReturnType<typeof checkData>;
  graph: SiteGraph;
  parts: PageParts;
  deferred: Deferred;
  /** Page URL → the ids of the entities the page shows. */
  deps: Map<string, Set<string>>;
  /** Entity file (absolute path) → the id of the entity it holds. */
  idOfFile: Map<string, string>;
}

interface Live extends Derived {
  dir: string;
  /** Every file of the live site, with its size and hash. */
  files: Map<string, FileRecord>;
  /** Files regenerated whole at every change: the pages that exist once and the data files other than twins. */
  siteWide: Set<string>;
  /** Pages changed since the main search index was built. */
  overlaid: Set<string>;
  worker: string;
}

const htmlFileOf = (url: string) => {
  const path = rootRelativeUrl(url);
  return path === "./" ? "index.html" : path.endsWith("/") ? `${path}index.html` : path;
};
/** An entity page's files: the page, its twin, and the pages of its facts, which render with it. */
const filesOfPage = (page: EntityPage) => [htmlFileOf(page.url), ...[page.twinUrl, ...page.formerTwinUrls, page.card.path].map(rootRelativeUrl), ...page.factPages.map((f) => htmlFileOf(f.url))];
/** Written once by the first build and never again by a change: bundles, assets, the search index, the manifests. */
const STATIC = /^(pagefind|sw\.js$|assets\/(site|redirect)\.js$|assets\/[^/]+\.(css|ico|png|svg)$|offline-(manifest|files)\.json$|assets\/build\.json$)/;

/** Every file under the data folder, with what tells one version from the next. */
function snapshot(dataDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat) files.set(path, `${stat.mtimeMs}:${stat.size}`);
  }
  return files;
}

export class SiteSession {
  #live?: Live;
  #queue: Promise<void> = Promise.resolve();
  #files = new Map<string, string>();
  #searchTimer?: NodeJS.Timeout;
  #searchRebuild?: { controller: AbortController; done: Promise<void> };
  readonly #out: OutputFolder;
  readonly #release: () => void;

  private constructor(readonly options: SessionOptions) {
    this.#out = outputFolder(options.outDir);
    // The session holds the output for its whole life: no other build writes into it meanwhile.
    this.#release = acquireLock(this.#out);
  }

  static async start(options: SessionOptions): Promise<SiteSession> {
    const session = new SiteSession(options);
    await session.#enqueue(() => session.#fullBuild());
    return session;
  }

  /**
   * Something changed under the data folder. Which files were added, edited or
   * deleted is found by comparing the folder with what the session last saw:
   * file-system events name editors' temporary files as often as the file saved.
   */
  sync(): Promise<void> {
    this.#stopSearchRebuild();
    return this.#enqueue(async () => {
      const now = snapshot(this.options.dataDir);
      const changed = [...new Set([...now.keys(), ...this.#files.keys()])].filter((path) => now.get(path) !== this.#files.get(path));
      this.#files = now;
      if (changed.length) await (this.#live ? this.#update(changed) : this.#fullBuild());
    });
  }

  /** Resolves once every change is handled and the search index is whole again. */
  async settled(): Promise<void> {
    await this.#queue;
    clearTimeout(this.#searchTimer);
    if (this.#live?.overlaid.size) await this.#rebuildSearch();
  }

  async close(): Promise<void> {
    this.#stopSearchRebuild();
    await this.#queue;
    this.#release();
  }

  #emit(event: SessionEvent): void {
    this.options.onEvent?.(event);
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #derive(): Derived | Problem[] {
    const data = checkData(this.options.dataDir);
    if (data.problems.length || !data.settings) return data.problems;
    const { graph, parts, deferred } = deriveSite(data.linked, data.settings, data.redirects, { siteUrl: this.options.siteUrl, quotePositions: data.quotePositions });
    const permanence = checkPublishing(data, graph);
    if (permanence.length) return permanence;
    const index = new DependencyIndex(parts.ctx.links());
    return {
      data,
      graph,
      parts,
      deferred,
      deps: new Map(graph.pages.map((p) => [p.url, index.of(p)])),
      idOfFile: new Map(data.linked.entities.map((e) => [e.source.path, e.entity.id])),
    };
  }

  async #fullBuild(): Promise<void> {
    const started = performance.now();
    if (!this.#files.size) this.#files = snapshot(this.options.dataDir);
    const derived = this.#derive();
    if (Array.isArray(derived)) return this.#emit({ kind: "problems", problems: derived });
    removeStaleBuilds(this.#out);
    const dir = newBuildFolder(this.#out);
    const report = await writeSite(derived.graph, derived.deferred, dir, { pagesPerSearchIndex: Infinity });
    await publish(this.#out, dir, checkpoint);
    const ofPages = new Set(derived.graph.pages.flatMap(filesOfPage));
    this.#live = {
      ...derived,
      dir,
      files: new Map(report.records.map((r) => [r[0], r])),
      siteWide: new Set(report.records.map((r) => r[0]).filter((f) => !ofPages.has(f) && !STATIC.test(f))),
      overlaid: new Set(),
      worker: report.worker,
    };
    this.#emit({ kind: "built", pages: report.pages, ms: performance.now() - started });
  }

  async #update(paths: string[]): Promise<void> {
    const started = performance.now();
    const before = this.#live!;
    const undo = await this.#servePageFirst(paths, started);

    const next = this.#derive();
    if (Array.isArray(next)) {
      const out = new OutputFiles(before.dir, true);
      for (const [file, content] of undo) content ? out.write(file, content) : rmSync(resolve(before.dir, file), { force: true });
      return this.#emit({ kind: "problems", problems: next });
    }

    // Which entities changed: those the changed files held before, and hold now. A change to
    // the settings or the redirects can touch any page.
    const changed = new Set<string>();
    let everything = false;
    for (const path of paths) {
      if (!kindOfFolder(basename(dirname(path)))) everything = true;
      for (const id of [before.idOfFile.get(path), next.idOfFile.get(path)]) if (id) changed.add(id);
    }
    const shows = (deps: Set<string> | undefined) => deps !== undefined && [...changed].some((id) => deps.has(id));
    const pages = next.graph.pages.filter((p) => everything || !before.deps.has(p.url) || shows(before.deps.get(p.url)) || shows(next.deps.get(p.url)));
    const urls = new Set(next.graph.pages.map((p) => p.url));
    const removedPages = before.graph.pages.filter((p) => !urls.has(p.url));
    const nextFiles = new Set(next.graph.pages.flatMap(filesOfPage));

    // One writer for everything rendered this time: its records say what was written.
    const out = new OutputFiles(before.dir, true);
    await renderSite({ ...next.graph, pages }, out, { workDir: `${before.dir}.work` });
    writeDataFiles(next.graph, next.deferred.downloadFiles(), out);
    const files = new Map(before.files);
    for (const record of out.records) files.set(record[0], record);
    const ofChangedPages = new Set(pages.flatMap(filesOfPage));
    const siteWide = new Set(out.records.map((r) => r[0]).filter((f) => !ofChangedPages.has(f)));
    // What is no longer published: the files of pages (and facts) that went away, unless a redirect page took their place,
    // and site-wide files no longer written (a redirect page, a name shard).
    const gone = before.graph.pages.flatMap(filesOfPage).filter((f) => !nextFiles.has(f) && !siteWide.has(f));
    for (const file of [...gone, ...[...before.siteWide].filter((f) => !siteWide.has(f))]) {
      rmSync(resolve(before.dir, file), { force: true });
      files.delete(file);
    }
    const changedPages = pages.filter((p) => before.files.get(htmlFileOf(p.url))?.[2] !== files.get(htmlFileOf(p.url))?.[2]).map((p) => p.url);
    const live: Live = { ...next, dir: before.dir, files, siteWide, worker: before.worker, overlaid: new Set([...before.overlaid, ...changedPages, ...removedPages.map((p) => p.url)]) };
    this.#live = live;
    this.#writeManifest();
    this.#emit({ kind: "site-updated", pages: pages.length, removed: removedPages.length, ms: performance.now() - started });

    const overlaid = [...live.overlaid];
    await updateSearchOverlay(live.dir, overlaid.filter((url) => urls.has(url)).map(htmlFileOf), overlaid.filter((url) => !urls.has(url)), overlaid);
    this.#emit({ kind: "search-updated", pages: overlaid.length, ms: performance.now() - started });
    this.#searchTimer = setTimeout(() => void this.#rebuildSearch().catch(() => undefined), this.options.rebuildSearchAfterMs ?? 3000);
  }

  /** Step 1: an entity file edited in place and valid on its own gets its page before anything else. */
  async #servePageFirst(paths: string[], started: number): Promise<Map<string, Buffer | undefined>> {
    const undo = new Map<string, Buffer | undefined>();
    const live = this.#live!;
    const path = paths.length === 1 ? paths[0]! : undefined;
    const id = path ? live.idOfFile.get(path) : undefined;
    const kind = path ? kindOfFolder(basename(dirname(path))) : undefined;
    if (!path || !id || !kind || !existsSync(path) || basename(path, extname(path)) !== id) return undo;
    const entity = checkOneEntity(path, kind, live.data.linked);
    if (!entity) return undo;
    // The edited entity's own link is new (its name may have changed); every other link is the last good one.
    const self = { ...live.parts.ctx.link(id), name: linkNameOf(entity) };
    const ctx = { ...live.parts.ctx, link: (other: string) => (other === id ? self : live.parts.ctx.link(other)) };
    const parts = { ...live.parts, ctx };
    const { page } = buildPage(entity, parts, factSectionsFor(ctx, entity));
    // Pictures draw other pages' data: until the full update redraws them, the page keeps its last ones.
    page.pictures = live.graph.pages.find((p) => p.url === page.url)?.pictures;
    for (const file of filesOfPage(page)) undo.set(file, existsSync(resolve(live.dir, file)) ? readFileSync(resolve(live.dir, file)) : undefined);
    const out = new OutputFiles(live.dir, true);
    await renderShard(entityPagesShard(live.graph, [page]), out);
    this.#emit({ kind: "page-served", url: page.url, ms: performance.now() - started });
    return undo;
  }

  #writeManifest(): void {
    const live = this.#live!;
    const out = new OutputFiles(live.dir, true);
    out.records.push(...live.files.values());
    const before = out.records.length;
    writeOfflineManifest(out, live.worker);
    for (const record of out.records.slice(before)) live.files.set(record[0], record);
  }

  #stopSearchRebuild(): void {
    clearTimeout(this.#searchTimer);
    this.#searchRebuild?.controller.abort();
  }

  /** Step 4: the main search index over every page, built beside the live one while nothing changes, then swapped in. */
  #rebuildSearch(): Promise<void> {
    const live = this.#live;
    if (!live || !live.overlaid.size) return Promise.resolve();
    if (this.#searchRebuild && !this.#searchRebuild.controller.signal.aborted) return this.#searchRebuild.done;
    const started = performance.now();
    const controller = new AbortController();
    const done = (async () => {
      await this.#queue;
      await buildFullSearchIndex(live.dir, controller.signal);
      await this.#enqueue(async () => {
        // A change that came in meanwhile stopped the indexer; if it did not, nothing has changed since it read the pages.
        if (controller.signal.aborted || this.#live !== live) return;
        swapInFullSearchIndex(live.dir);
        for (const file of [...live.files.keys()]) if (file.startsWith("pagefind")) live.files.delete(file);
        const adopted = new OutputFiles(live.dir);
        adopted.adopt("pagefind");
        for (const record of adopted.records) live.files.set(record[0], record);
        live.overlaid.clear();
        this.#writeManifest();
        this.#emit({ kind: "search-rebuilt", ms: performance.now() - started });
      });
    })();
    this.#searchRebuild = { controller, done };
    return done;
  }
}
