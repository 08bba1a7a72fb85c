/**
 * The names layer as the browser sees it: each shard script loaded once, when
 * a query word first needs it, and read from the global it fills in.
 */
import { gramShardKey, nearbyLengths, trigrams, wordShardKey, type NameEntry } from "../../scripts/shared/names.ts";
import { gramShardPath, lengthShardPath, NAME_INDEX_GLOBAL, wordShardPath, type LoadedNameIndex, type NameShardCounts } from "../../scripts/shared/contracts.ts";
import { loadScript } from "./load-script.ts";

export interface NameIndex {
  /** Name words that share a trigram with `word`. */
  sharingTrigrams(word: string): Promise<string[]>;
  /** Name words as long as a word within the allowed edits of `word` can be. */
  ofNearbyLength(word: string): Promise<string[]>;
  /** The names that contain the name word `word`. */
  entriesOf(word: string): Promise<NameEntry[]>;
}

export function nameIndex(root: URL, counts: NameShardCounts): NameIndex {
  const loads = new Map<string, Promise<void>>();
  const table = () => (window as unknown as Record<string, LoadedNameIndex | undefined>)[NAME_INDEX_GLOBAL];
  // A shard that fails to load (an old cached copy, a missing file) only means fewer names.
  const load = (path: string) => {
    if (!loads.has(path)) loads.set(path, loadScript(new URL(path, root)).catch(() => undefined));
    return loads.get(path)!;
  };
  return {
    async sharingTrigrams(word) {
      const grams = trigrams(word);
      const key = (g: string) => gramShardKey(g, counts.grams);
      await Promise.all(grams.map((g) => load(gramShardPath(key(g)))));
      return [...new Set(grams.flatMap((g) => table()?.grams[key(g)]?.[g] ?? []))];
    },
    async ofNearbyLength(word) {
      const lengths = nearbyLengths(word);
      await Promise.all(lengths.map((n) => load(lengthShardPath(n))));
      return lengths.flatMap((n) => table()?.lengths[String(n)] ?? []);
    },
    async entriesOf(word) {
      const key = wordShardKey(word, counts.words);
      await load(wordShardPath(key));
      return table()?.words[key]?.[word] ?? [];
    },
  };
}
