/** Formatting the benchmark's tables. */
import type { Spread } from "./measure.ts";

export function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padStart(widths[i]!)).join(" | ") + " |";
  return [line(header), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
}

/** A size that skipped a measure shows a dash, not NaN. */
export const ms = (value: number) => (Number.isNaN(value) ? "–" : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : "–");
export const range = (s: Spread) => (s.n > 1 ? `${ms(s.min)}–${ms(s.max)}` : "one run");
