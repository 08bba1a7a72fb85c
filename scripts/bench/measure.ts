/**
 * Runs a command as a whole process and watches its whole process tree from
 * /proc every 20 ms: wall time, CPU time (user + system, every process of the
 * tree: Pagefind's binary and the rendering workers included), the peak of the
 * tree's resident memory, and the largest single process. The command's last
 * stdout line, when JSON, is its own report.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Run {
  wallMs: number;
  cpuMs: number;
  /** CPU time over wall time: how many cores the run kept busy on average. */
  cores: number;
  peakTreeMb: number;
  peakProcessMb: number;
  report: Record<string, unknown>;
}

const TICK_MS = 1000 / 100; // USER_HZ, the unit of /proc/<pid>/stat's times on Linux
const PAGE_KB = 4;

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** utime + stime in ms, and resident memory in KB, of one process. */
function sample(pid: number): { cpuMs: number; rssKb: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS, rssKb: Number(fields[21]) * PAGE_KB };
  } catch {
    return undefined;
  }
}

export function runMeasured(command: string, args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...options.env }, cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const cpuOf = new Map<number, number>();
    let peakTreeKb = 0;
    let peakProcessKb = 0;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const watch = () => {
      if (!child.pid) return;
      let treeKb = 0;
      const visit = (pid: number) => {
        const s = sample(pid);
        if (s) {
          cpuOf.set(pid, s.cpuMs);
          treeKb += s.rssKb;
          peakProcessKb = Math.max(peakProcessKb, s.rssKb);
        }
        for (const c of childrenOf(pid)) visit(c);
      };
      visit(child.pid);
      peakTreeKb = Math.max(peakTreeKb, treeKb);
    };
    const timer = setInterval(watch, 20);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${stderr.slice(-2000)}`));
      const last = stdout.trim().split("\n").pop() ?? "";
      const cpuMs = [...cpuOf.values()].reduce((a, b) => a + b, 0);
      resolve({
        wallMs,
        cpuMs,
        cores: cpuMs / wallMs,
        peakTreeMb: peakTreeKb / 1024,
        peakProcessMb: peakProcessKb / 1024,
        report: last.startsWith("{") ? (JSON.parse(last) as Record<string, unknown>) : {},
      });
    });
  });
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}
