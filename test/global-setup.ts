/**
 * The sites the suites share, built once per run: the bundled data under a
 * path prefix, and the fixture (with its hostile strings) under another. Test
 * files read them through `inject`; tests that break data build their own copies.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { BUNDLED_DATA, FIXTURE_DATA, ROOT } from "./helpers/paths.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";

function build(data: string, out: string, siteUrl: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts/cli/build.ts"), "--data", data, "--out", out, "--site-url", siteUrl], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`building ${data} failed:\n${stderr}`))));
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = join(ROOT, "test/.output", `shared-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const bundled = join(dir, "bundled");
  const fixture = join(dir, "fixture");
  await Promise.all([build(BUNDLED_DATA, bundled, SHARED_SITES.bundled.siteUrl), build(FIXTURE_DATA, fixture, SHARED_SITES.fixture.siteUrl)]);
  project.provide("bundledSite", bundled);
  project.provide("fixtureSite", fixture);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    bundledSite: string;
    fixtureSite: string;
  }
}
