/**
 * While a curator edits (a watching session), the pages changed since the
 * main index was built are searched in a small overlay index; the main
 * index's hits for those pages are stale and are left out. Only the session
 * writes an overlay: a built site never has one.
 */
import type { SearchBackend, SearchHit } from "./search-backend.ts";

export function withOverlay(main: SearchBackend, overlay: SearchBackend | undefined, replaces: ReadonlySet<string>): SearchBackend {
  return {
    ...main,
    async hasWord(word) {
      return (await main.hasWord(word)) || ((await overlay?.hasWord(word)) ?? false);
    },
    async run(query, filters, order) {
      const [fresh, stale] = await Promise.all([overlay?.run(query, filters, order), main.run(query, filters, order)]);
      const overlaid = fresh?.total ?? 0;
      // Which of the main index's hits are stale shows only once a hit is read: the total is an upper bound meanwhile.
      const kept: SearchHit[] = [];
      let read = 0;
      const keep = async (count: number) => {
        while (kept.length < count && read < stale.total) {
          const batch = await stale.slice(read, 10);
          read += batch.length || 10;
          kept.push(...batch.filter((hit) => !replaces.has(hit.page)));
        }
      };
      return {
        total: overlaid + stale.total,
        dated: fresh?.dated !== undefined || stale.dated !== undefined ? (fresh?.dated ?? 0) + (stale.dated ?? 0) : undefined,
        async slice(from, count) {
          const first = from < overlaid && fresh ? await fresh.slice(from, Math.min(count, overlaid - from)) : [];
          const rest = count - first.length;
          if (rest <= 0) return first;
          const start = Math.max(0, from - overlaid);
          await keep(start + rest);
          return [...first, ...kept.slice(start, start + rest)];
        },
      };
    },
  };
}
