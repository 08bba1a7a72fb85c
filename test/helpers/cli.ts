import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's command-line tools exactly as npm scripts do. */
export function runCli(script: string, args: string[], env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
