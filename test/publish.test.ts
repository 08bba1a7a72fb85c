/**
 * Publishing is atomic: a build killed at any stage, including between the
 * steps of the switch, leaves the output as either the old site or the new one,
 * complete; the next build cleans up after it; two builds never interleave;
 * a full disk is said plainly.
 */
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyData, ROOT, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { listFiles } from "./helpers/site.ts";
import { CHECKPOINTS } from "../scripts/site/checkpoints.ts";

/** Every file of a site and a hash of its content: what "complete" means. */
function fingerprint(site: string): Record<string, string> {
  return Object.fromEntries(listFiles(site).map((f) => [f, createHash("sha256").update(readFileSync(join(site, f))).digest("hex")]));
}

/** Starts a build that stops at `checkpoint`; resolves once it is paused there, with a way to kill it. */
function buildPausedAt(data: string, out: string, checkpoint: string): Promise<{ kill(): Promise<void> }> {
  return new Promise((paused, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts/cli/build.ts"), "--data", data, "--out", out], {
      cwd: ROOT,
      env: { ...process.env, FACT_SHEETS_PAUSE_AT: checkpoint },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    const exited = new Promise<void>((done) => child.on("exit", () => done()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`paused at ${checkpoint}`)) paused({ kill: () => (child.kill("SIGKILL"), exited) });
    });
    child.on("exit", (code) => {
      if (!stderr.includes(`paused at ${checkpoint}`)) fail(new Error(`the build exited (${code}) before ${checkpoint}:\n${stderr}`));
    });
  });
}

function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((n) => n.includes(".link-") || n.endsWith(".lock"));
}

describe("atomic publishing", () => {
  it("a build killed at any stage leaves the old site or the new one, complete, and the next build cleans up", async () => {
    const data = copyData();
    const base = tempDir("publish");
    const reference = join(base, "reference");
    mkdirSync(reference);
    const old = runCli("build.ts", ["--data", data, "--out", join(reference, "site")]);
    expect(old.status, old.stderr).toBe(0);
    const oldSite = fingerprint(join(reference, "site"));

    // The new site differs from the old in a fact's text.
    const file = join(data, "people/ada-example.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("opens a door", "opens a wide door"));
    const fresh = runCli("build.ts", ["--data", data, "--out", join(base, "new/site")]);
    expect(fresh.status, fresh.stderr).toBe(0);
    const newSite = fingerprint(join(base, "new/site"));
    expect(newSite).not.toEqual(oldSite);

    // One copy of the published old site per checkpoint, killed there in parallel.
    const outcomes = await Promise.all(
      CHECKPOINTS.map(async (checkpoint) => {
        const parent = join(base, checkpoint);
        cpSync(reference, parent, { recursive: true, verbatimSymlinks: true });
        const out = join(parent, "site");
        const build = await buildPausedAt(data, out, checkpoint);
        await build.kill();
        const site = existsSync(out) ? JSON.stringify(fingerprint(out)) : "missing";
        return { checkpoint, parent, out, state: site === JSON.stringify(oldSite) ? "old" : site === JSON.stringify(newSite) ? "new" : site === "missing" ? "missing" : "mixed" };
      }),
    );
    expect(Object.fromEntries(outcomes.map((o) => [o.checkpoint, o.state]))).toEqual({
      rendered: "old",
      indexed: "old",
      manifest: "old",
      "link-made": "old",
      published: "new",
    });

    // What each killed build left (an unpublished build, a stray link, a stale lock) goes at the next build.
    const { parent, out } = outcomes.find((o) => o.checkpoint === "link-made")!;
    expect(leftovers(parent).length).toBeGreaterThan(0);
    const next = runCli("build.ts", ["--data", data, "--out", out]);
    expect(next.status, next.stderr).toBe(0);
    expect(fingerprint(out)).toEqual(newSite);
    expect(leftovers(parent)).toEqual([]);
    expect(readdirSync(join(parent, ".site.builds"))).toHaveLength(1);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  });

  it("refuses a second build into the same output while one runs, naming it", async () => {
    const data = copyData();
    const out = join(tempDir("lock"), "site");
    const first = await buildPausedAt(data, out, "rendered");
    const second = runCli("build.ts", ["--data", data, "--out", out]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Build not started: another build \(process \d+\) is writing to .*site/);
    await first.kill();
    const third = runCli("build.ts", ["--data", data, "--out", out]);
    expect(third.status, third.stderr).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  // A small tmpfs is a real full disk; mounting one needs root, which CI has.
  const canMount = process.getuid?.() === 0;
  it.skipIf(!canMount)("says plainly that the disk is full, and leaves nothing behind", () => {
    const disk = tempDir("full-disk");
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=700k", "tmpfs", disk]);
    expect(mounted.status, mounted.stderr.toString()).toBe(0);
    try {
      const run = runCli("build.ts", ["--data", copyData(), "--out", join(disk, "site")]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/the disk holding .* ran out of space\. Free some space and build again/);
      expect(existsSync(join(disk, "site"))).toBe(false);
      expect(leftovers(disk)).toEqual([]);
    } finally {
      spawnSync("umount", [disk]);
    }
  });
});
