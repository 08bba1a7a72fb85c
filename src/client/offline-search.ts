/** Full-text search over the page texts shipped as a plain script, for a copy opened from disk. */
import { fold } from "../../scripts/shared/names.ts";
import type { OfflinePage } from "../../scripts/shared/contracts.ts";

export interface OfflineHit {
  page: OfflinePage;
  score: number;
  snippet: string;
}

export function searchOffline(query: string, pages: OfflinePage[], type?: string, limit = 20): OfflineHit[] {
  const words = fold(query).split(" ").filter((w) => w.length > 1);
  if (words.length === 0) return [];
  const phrase = fold(query);
  const hits: OfflineHit[] = [];
  for (const page of pages) {
    if (type && page.type !== type) continue;
    const names = fold(page.names.join(" "));
    const text = fold(page.text);
    if (!words.every((w) => names.includes(w) || text.includes(w))) continue;
    let score = words.filter((w) => names.includes(w)).length * 10;
    if (text.includes(phrase)) score += 5;
    for (const w of words) score += Math.min(5, text.split(w).length - 1);
    const at = page.text.toLowerCase().indexOf(words[0]!);
    const snippet = at < 0 ? page.text.slice(0, 160) : `…${page.text.slice(Math.max(0, at - 60), at + 100)}…`;
    hits.push({ page, score, snippet });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
