/**
 * The build renders entity pages in shards, across worker processes. Together
 * the shards must give exactly the output of one run over everything.
 */
import { describe, expect, inject, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_DATA, tempDir } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";
import { listFiles } from "./helpers/site.ts";
import { SHARED_SITES } from "./helpers/shared-sites.ts";

const digest = (site: string) => Object.fromEntries(listFiles(site).map((f) => [f, createHash("sha256").update(readFileSync(join(site, f))).digest("hex")]));

describe("the sharded build", () => {
  it("gives byte for byte the output of a single run", () => {
    const sharded = join(tempDir("sharded"), "site");
    // Three entity pages per run, over two workers: the fixture's six entity pages take two runs beside the singletons' run.
    const run = runCli("build.ts", ["--data", FIXTURE_DATA, "--out", sharded, "--site-url", SHARED_SITES.fixture.siteUrl, "--workers", "2", "--pages-per-shard", "3"]);
    expect(run.status, run.stderr).toBe(0);
    const single = digest(inject("fixtureSite"));
    expect(Object.keys(single).length).toBeGreaterThan(50);
    expect(digest(sharded)).toEqual(single);
  });
});
