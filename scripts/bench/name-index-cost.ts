/**
 * `tsx scripts/bench/name-index-cost.ts [entities]`: what each candidate
 * structure for typo-tolerant names costs on the benchmark's synthetic data —
 * bytes in all, bytes and requests a query word loads, and how often a
 * misspelling (wrong first letter, missing letter, swapped pair, two edits)
 * still reaches its word. The site ships the trigram index; this shows why.
 */
import { gzipSync } from "node:zlib";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticDataset } from "./synthetic-data.ts";
import { buildSiteGraph } from "../graph/build-graph.ts";
import { GRAMS_PER_SHARD, nameEntries } from "../graph/search.ts";
import { allowedEdits, editDistance, gramShardKey, nameWords, shardCount, trigrams } from "../shared/names.ts";

interface Candidate {
  name: string;
  /** Loaded only when the first shards hold no word within the allowed edits. */
  fallback?: Candidate;
  /** Shard key → the words filed under it. */
  shards: Map<string, Set<string>>;
  /** The shard keys a query word loads. */
  keysFor(word: string): string[];
}

function deletions(word: string, depth: number): string[] {
  let level = new Set([word]);
  const all = new Set([word]);
  for (let d = 0; d < depth; d++) {
    const next = new Set<string>();
    for (const w of level) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) all.add(w);
    level = next;
  }
  return [...all];
}

function candidate(name: string, vocabulary: string[], keysOfWord: (w: string) => string[], keysFor = keysOfWord): Candidate {
  const shards = new Map<string, Set<string>>();
  for (const w of vocabulary) for (const k of keysOfWord(w)) shards.set(k, (shards.get(k) ?? new Set()).add(w));
  return { name, shards, keysFor };
}

/** Seeded misspellings of a word: each kind of error the search must forgive. */
function misspellings(word: string, rand: () => number): Array<[string, string]> {
  const at = (n: number) => Math.floor(rand() * n);
  const letter = () => "abcdefghijklmnopqrstuvwxyz"[at(26)]!;
  const sub = (w: string, i: number) => w.slice(0, i) + (w[i] === "z" ? "y" : letter().replace(w[i]!, "q")) + w.slice(i + 1);
  const swap = (w: string, i: number) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  const out: Array<[string, string]> = [
    ["first letter", sub(word, 0)],
    ["missing letter", ((i) => word.slice(0, i) + word.slice(i + 1))(at(word.length))],
    ["swapped pair", swap(word, at(word.length - 1))],
  ];
  if (word.length >= 6) out.push(["two edits", sub(swap(word, at(word.length - 1)), at(word.length))]);
  return out.filter(([, w]) => w !== word);
}

const entities = Number(process.argv[2] ?? 10000);
let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const dir = mkdtempSync(join(tmpdir(), "name-index-"));
writeSyntheticDataset(dir, entities);
const built = buildSiteGraph(dir, { siteUrl: "http://localhost/" });
rmSync(dir, { recursive: true, force: true });
if (!built.ok) throw new Error("the synthetic data did not build");
const benchWords = [...new Set(nameEntries(built.graph.pages).flatMap((e) => nameWords(e.n)))].sort();

/**
 * The benchmark's people share 25 given and 20 family names, so its vocabulary
 * is small. Real names are more varied: this one gives each of the same number of
 * people and organizations names of their own (seeded syllables) and one
 * misspelled alias each, as the benchmark does.
 */
function variedVocabulary(rand: () => number): string[] {
  const syllables = "a o u ba be da di el fa ga ha hi ka ki la le ma mi na no ra ri sa se ta ti va ya za zo ran kel dor mus tan bek".split(" ");
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * syllables.length)]).join("");
  const words = new Set<string>();
  for (let i = 0; i < entities * 0.35; i++) {
    const name = [word(), word()];
    name.forEach((w) => words.add(w));
    words.add(name[1]!.replace(/a/, "e"));
  }
  return [...words].sort();
}

function byLength(vocabulary: string[]): Candidate {
  return candidate("by word length", vocabulary, (w) => [String(w.length)], (w) => Array.from({ length: 2 * allowedEdits(w) + 1 }, (_, i) => String(w.length - allowedEdits(w) + i)));
}

function candidates(vocabulary: string[]): Candidate[] {
  const shipped = shardCount(new Set(vocabulary.flatMap(trigrams)).size, GRAMS_PER_SHARD);
  return [
  candidate("initial letter (before)", vocabulary, (w) => [w[0]!]),
  candidate("whole vocabulary, one file", vocabulary, () => ["all"]),
  byLength(vocabulary),
  candidate("bigrams, 256 shards", vocabulary, (w) => [...new Set(["^", ...w, "$"].slice(0, -1).map((c, i, a) => gramShardKey(c + (a[i + 1] ?? "$"), 256)))]),
  ...[64, 256, 1024].map((n) => candidate(`trigrams, ${n} shards`, vocabulary, (w) => [...new Set(trigrams(w).map((g) => gramShardKey(g, n)))])),
  { ...candidate(`trigrams, ${shipped} shards (as shipped), then by length when they find nothing`, vocabulary, (w) => [...new Set(trigrams(w).map((g) => gramShardKey(g, shipped)))]), fallback: byLength(vocabulary) },
  candidate("deletions ≤2, 1024 shards", vocabulary, (w) => [...new Set(deletions(w, 2).map((d) => gramShardKey(d, 1024)))]),
  ];
}

function report(title: string, vocabulary: string[]): void {
const sample = vocabulary.filter((w) => /^\p{L}{4,}$/u.test(w)).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 150)) === 0);
// Only misspellings the search promises to forgive: within the edits allowed for their length.
const queries = sample
  .flatMap((w) => misspellings(w, rand).map(([kind, typo]) => ({ word: w, kind, typo })))
  .filter((q) => editDistance(q.typo, q.word, 2) <= allowedEdits(q.typo));

const json = (words: Iterable<string>) => Buffer.from(JSON.stringify([...words]));
console.log(`\n${title}, ${entities} entities: ${vocabulary.length} distinct name words; ${queries.length} misspellings of ${sample.length} of them.\n`);
console.log("| structure | shards | all KB | all KB gzip | per word: requests | per word: KB | per word: KB gzip | misspellings found |");
console.log("|---|---|---|---|---|---|---|---|");
for (const c of candidates(vocabulary)) {
  const all = [...c.shards.values(), ...(c.fallback?.shards.values() ?? [])].map((s) => json(s));
  let requests = 0;
  let bytes = 0;
  let zipped = 0;
  let found = 0;
  const load = (from: Candidate, typo: string) => {
    const keys = [...new Set(from.keysFor(typo))].filter((k) => from.shards.has(k));
    requests += keys.length;
    const words = keys.map((k) => from.shards.get(k)!);
    for (const w of words) {
      const body = json(w);
      bytes += body.length;
      zipped += gzipSync(body).length;
    }
    return words.flatMap((w) => [...w]);
  };
  for (const q of queries) {
    let words = load(c, q.typo);
    const near = (list: string[]) => list.some((w) => editDistance(q.typo, w, 2) <= allowedEdits(q.typo));
    if (c.fallback && !near(words)) words = load(c.fallback, q.typo);
    if (words.includes(q.word)) found++;
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  const sum = (list: Buffer[]) => list.reduce((n, b) => n + b.length, 0);
  console.log(
    `| ${c.name} | ${c.shards.size} | ${kb(sum(all))} | ${kb(sum(all.map((b) => gzipSync(b))))} | ${(requests / queries.length).toFixed(1)} | ${kb(bytes / queries.length)} | ${kb(zipped / queries.length)} | ${((100 * found) / queries.length).toFixed(0)}% |`,
  );
}
}

report("The benchmark's names", benchWords);
report("Varied names", variedVocabulary(rand));
