/**
 * Words as search compares them, shared by the build (which files every name
 * word under its trigrams and its own key) and the browser (which loads only
 * the shards a query's words need): folding, edit distance, and shard keys.
 */

/**
 * One name as shipped to the browser. n = the words matched (a name, an alias,
 * or a role with its organization), c = the entity's canonical name when n is not
 * it, u = the page, t = its type, r = set when n is a role, s = the words to search
 * the full text with when an alias is not spelled like the name (Blingen → blinken).
 */
export interface NameEntry {
  n: string;
  c?: string;
  u: string;
  t: string;
  r?: 1;
  s?: string;
}

/**
 * Case, accents, vowel points and punctuation folded away; letters and digits of
 * every script kept, so Hebrew and Arabic match the same from disk as over HTTP.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’'`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The folded text with, for each of its characters, the index in `text` it came
 * from: a word found in folded text can then be marked in the text as written
 * (إكزامبلاند folds to اكزامبلاند, and Sīsī to sisi, which the text itself does not contain).
 */
export function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  let folded = "";
  const origins: number[] = [];
  let i = 0;
  for (const char of text) {
    const part = char.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[‘’'`´]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ");
    for (const c of part) {
      folded += c;
      for (let k = 0; k < c.length; k++) origins.push(i);
    }
    i += char.length;
  }
  origins.push(text.length);
  return { folded, origins };
}

/** Words too common to tell one name from another. */
const STOP_WORDS = new Set(["a", "an", "and", "at", "for", "in", "of", "on", "the", "to"]);

/** The folded words of a text, in order, without stop words. */
export function nameWords(text: string): string[] {
  return fold(text)
    .split(" ")
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

/** Edits a word may be away from a name and still match it: none for short words, one up to five letters, two beyond. */
export function allowedEdits(word: string): number {
  const length = [...word].length;
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions, stopping past `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > cap) return cap + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      let v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/**
 * The trigrams of a word padded with one mark at each end. A word within the
 * allowed edits of a name word shares at least one of them with it in nearly
 * every case (not a swapped pair inside a four-letter word, say); when none
 * does, the words of nearby lengths are searched instead.
 */
export function trigrams(word: string): string[] {
  const chars = ["^", ...word, "$"];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(""));
  if (chars.length < 3) grams.add(chars.join(""));
  return [...grams];
}

/** FNV-1a over UTF-16 code units: the same number in Node and every browser. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * How many shards `items` keys are split into: a power of two that gives each
 * about `perShard` of them, at most 256 — so a small site writes a few dozen
 * files, not hundreds for the service worker to store, and a large one keeps
 * each shard small.
 */
export function shardCount(items: number, perShard: number): number {
  return Math.min(256, 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, items / perShard)))));
}

/** The shard a trigram is filed under, of `count`. */
export function gramShardKey(gram: string, count: number): string {
  return (hash(gram) % count).toString(36);
}

/** The lengths a word within the allowed edits of `word` can have. */
export function nearbyLengths(word: string): number[] {
  const length = [...word].length;
  const edits = allowedEdits(word);
  return Array.from({ length: 2 * edits + 1 }, (_, i) => length - edits + i).filter((n) => n > 0);
}

/** The shard that holds the entries of one word, of `count`. */
export function wordShardKey(word: string, count: number): string {
  return (hash(word) % count).toString(36);
}
