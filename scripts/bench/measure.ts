/**
 * Runs one benchmark stage in its own process and samples the peak resident
 * memory of that process and everything it starts (Pagefind runs as a separate
 * binary), from /proc, every 20 ms.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface StageRun {
  wallMs: number;
  peakRssMb: number;
  /** What the stage reported about itself on its last stdout line (JSON). */
  report: Record<string, number>;
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function treeRssKb(pid: number): number {
  let total = rssKb(pid);
  for (const child of childrenOf(pid)) total += treeRssKb(child);
  return total;
}

export function runStage(command: string, args: string[], env: Record<string, string> = {}): Promise<StageRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let peakKb = 0;
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 20);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      const last = stdout.trim().split("\n").pop() ?? "{}";
      resolve({ wallMs, peakRssMb: peakKb / 1024, report: JSON.parse(last) as Record<string, number> });
    });
  });
}
