/**
 * Atomic publishing. The output path (`_site`) is a symbolic link to one
 * complete build in a folder beside it (`._site.builds/<id>/`). A build is
 * written in full under a new id, then published by a single rename of a fresh
 * link over the old one, which the file system does atomically: a reader, a
 * server or a killed build only ever sees the old site or the new one.
 *
 * A lock file keeps two builds from writing into one output, and each build
 * starts by removing what killed builds left behind.
 */
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Checkpoint } from "./checkpoints.ts";

export class OutputLockedError extends Error {}

export interface OutputFolder {
  /** Where the site is published: a link to the current build. */
  target: string;
  /** The folder holding every build, current and in progress. */
  builds: string;
  lock: string;
}

export function outputFolder(outDir: string): OutputFolder {
  const target = resolve(outDir);
  const base = join(dirname(target), `.${basename(target)}`);
  return { target, builds: `${base}.builds`, lock: `${base}.lock` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the output's lock, or says who holds it. A lock left by a build that
 * is no longer running (killed, crashed) is taken over.
 */
export function acquireLock(out: OutputFolder): () => void {
  mkdirSync(dirname(out.lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(out.lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (existsSync(out.lock) && readFileSync(out.lock, "utf8") === String(process.pid)) rmSync(out.lock, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(out.lock, "utf8"));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new OutputLockedError(
          `another build (process ${holder}) is writing to ${out.target}. Wait for it to finish, or stop it; a lock left by a build that is no longer running is taken over.`,
        );
      }
      rmSync(out.lock, { force: true });
    }
  }
  throw new OutputLockedError(`could not take the lock ${out.lock}`);
}

/** The build the output link points to, if any. */
export function currentBuild(out: OutputFolder): string | undefined {
  try {
    if (!lstatSync(out.target).isSymbolicLink()) return undefined;
    return resolve(dirname(out.target), readlinkSync(out.target));
  } catch {
    return undefined;
  }
}

/** Removes builds that are not published (left by killed or failed builds) and stray links. Call with the lock held. */
export function removeStaleBuilds(out: OutputFolder, keep: string[] = []): void {
  const live = new Set([currentBuild(out), ...keep].filter(Boolean));
  if (existsSync(out.builds)) {
    for (const name of readdirSync(out.builds)) {
      const path = join(out.builds, name);
      if (!live.has(path)) rmSync(path, { recursive: true, force: true });
    }
  }
  const prefix = `.${basename(out.target)}.link-`;
  for (const name of readdirSync(dirname(out.target))) if (name.startsWith(prefix)) rmSync(join(dirname(out.target), name), { force: true });
}

/** A fresh folder for a new build, beside the published ones. */
export function newBuildFolder(out: OutputFolder): string {
  const dir = join(out.builds, `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Publishes a complete build: one rename of a new link over the output path.
 * An output that is still a plain folder (from before links) is first moved in
 * among the builds; only that one-time move leaves a moment without a site.
 */
export async function publish(out: OutputFolder, build: string, checkpoint: (name: Checkpoint) => Promise<void>): Promise<void> {
  try {
    if (!lstatSync(out.target).isSymbolicLink()) renameSync(out.target, join(out.builds, `before-links-${process.pid}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const link = join(dirname(out.target), `.${basename(out.target)}.link-${process.pid}`);
  rmSync(link, { force: true });
  // Relative, so the project folder can move without breaking the link.
  symlinkSync(join(basename(out.builds), basename(build)), link);
  await checkpoint("link-made");
  renameSync(link, out.target);
  await checkpoint("published");
  removeStaleBuilds(out);
}
