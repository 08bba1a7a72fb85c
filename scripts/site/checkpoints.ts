/**
 * Named points in a build where the crash tests stop it: with
 * FACT_SHEETS_PAUSE_AT=<name> the build says so on stderr and waits there to
 * be killed, so a test can prove that a kill at each point leaves the last
 * good site whole.
 */
export const CHECKPOINTS = ["rendered", "indexed", "manifest", "link-made", "published"] as const;
export type Checkpoint = (typeof CHECKPOINTS)[number];

export async function checkpoint(name: Checkpoint): Promise<void> {
  if (process.env.FACT_SHEETS_PAUSE_AT !== name) return;
  process.stderr.write(`paused at ${name}\n`);
  await new Promise<never>(() => setInterval(() => undefined, 1 << 30));
}
