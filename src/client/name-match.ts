/**
 * Typo tolerance for names, which Pagefind does not have: match a query against
 * every canonical name and alias, exactly, by prefix, or within two edits.
 */
import { fold, type NameEntry } from "../../scripts/shared/names.ts";
export interface NameMatch {
  entry: NameEntry;
  /** 0 = exact, 1 = prefix or exact word, 2+ = edits away. Lower is better. */
  score: number;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions, capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
  }
  return d[a.length]![b.length]!;
}

function allowedEdits(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
}

/** How well one query matches one name: exact, prefix, whole words, or a few edits per word. */
function scoreName(query: string, queryWords: string[], name: string): number | undefined {
  const folded = fold(name);
  if (folded === query) return 0;
  if (query.length >= 3 && folded.startsWith(query)) return 1;
  const words = folded.split(" ");
  let total = 0;
  for (const q of queryWords) {
    let best = Infinity;
    for (const w of words) {
      if (w === q) best = 0;
      else if (q.length >= 3 && w.startsWith(q)) best = Math.min(best, 0.5);
      else {
        const allowed = allowedEdits(q);
        if (allowed > 0) {
          const dist = editDistance(q, w, allowed);
          if (dist <= allowed) best = Math.min(best, dist);
        }
      }
    }
    if (best === Infinity) return undefined;
    total += best;
  }
  return 1 + total;
}

export function matchNames(query: string, names: NameEntry[], limit = 5): NameMatch[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const words = q.split(" ").filter((w) => w.length > 0);
  const best = new Map<string, NameMatch>();
  for (const entry of names) {
    const score = scoreName(q, words, entry.n);
    if (score === undefined) continue;
    const previous = best.get(entry.u);
    if (!previous || score < previous.score) best.set(entry.u, { entry, score });
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.entry.n.localeCompare(b.entry.n)).slice(0, limit);
}
