import { distance } from "fastest-levenshtein";

/** The candidates nearest to a misspelled name, nearest first; a hint, not a correction. */
export function closest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = name.toLowerCase();
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const score = distance(target, candidate.toLowerCase());
    if (score <= Math.max(2, Math.ceil(target.length / 2))) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

export function didYouMean(name: string, candidates: Iterable<string>, limit = 3): string {
  const near = closest(name, candidates, limit);
  return near.length === 0 ? "" : `Did you mean ${near.map((c) => `"${c}"`).join(" or ")}?`;
}
