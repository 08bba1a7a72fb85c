/** What a failed build tells the curator: the cause in one line, and what to do. */
import { statfsSync } from "node:fs";
import { dirname } from "node:path";
import { OutputLockedError } from "./publish.ts";

function freeBytes(path: string): number | undefined {
  try {
    const stats = statfsSync(dirname(path));
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

export function describeBuildFailure(error: unknown, outDir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof OutputLockedError) return `✗ Build not started: ${message}`;
  const free = freeBytes(outDir);
  if (/ENOSPC|No space left|StorageFull/.test(message) || free === 0) {
    return `✗ Build failed: the disk holding ${dirname(outDir)} ran out of space. Free some space and build again.\n  (${message})`;
  }
  return `✗ Build failed: ${message}`;
}
