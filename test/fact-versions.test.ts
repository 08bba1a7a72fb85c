/**
 * A citation names the version it read, so a published fact may not change its
 * words silently: the check refuses a changed text or quote until a dated
 * correction says what changed, and recording then accepts the new version.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyData, FIXTURE_ARCHIVE } from "./helpers/paths.ts";
import { runCli } from "./helpers/cli.ts";

describe("fact versions", () => {
  it("reports a fact whose words changed without a new correction, and records it once corrected", () => {
    const data = copyData();
    const recorded = runCli("record-urls.ts", ["--data", data]);
    expect(recorded.status, recorded.stderr).toBe(0);
    const versions = readFileSync(join(data, "fact-versions.txt"), "utf8");
    expect(versions).toMatch(/^ada-example-door-to-truce 1 [0-9a-f]{16}$/m);

    const file = join(data, "proposals/sampleton-plan.yaml");
    const original = readFileSync(file, "utf8");
    const fact = /- id: (\S+)\n\s+text: (.+)/.exec(original)!;
    // Notes and dates may change freely; the words a citation quotes may not.
    writeFileSync(file, original.replace(fact[2]!, `${fact[2]} Reworded.`));
    const refused = runCli("check.ts", ["--data", data, "--archive", FIXTURE_ARCHIVE]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`the published fact "${fact[1]}" says something else than when it was recorded`);
    expect(refused.stderr).toMatch(/sampleton-plan\.yaml:\d+/);
    expect(runCli("record-urls.ts", ["--data", data]).status).toBe(1);
    expect(readFileSync(join(data, "fact-versions.txt"), "utf8")).toBe(versions);

    const corrected = readFileSync(file, "utf8").replace(`${fact[2]} Reworded.`, `${fact[2]} Reworded.\n    corrections:\n      - { on: 2026-03-01, note: Reworded. }`);
    writeFileSync(file, corrected);
    const accepted = runCli("check.ts", ["--data", data, "--archive", FIXTURE_ARCHIVE]);
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(runCli("record-urls.ts", ["--data", data]).status).toBe(0);
    expect(readFileSync(join(data, "fact-versions.txt"), "utf8")).toMatch(new RegExp(`^${fact[1]} 1 [0-9a-f]{16}$`, "m"));
    expect(runCli("check.ts", ["--data", data, "--archive", FIXTURE_ARCHIVE]).status).toBe(0);
  });
});
