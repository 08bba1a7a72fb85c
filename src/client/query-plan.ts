/**
 * What a query means before anything is searched: each word that neither the
 * names nor the full text know is corrected to the nearest name word (any letter
 * wrong, a missing letter, a swapped pair, within two edits); an alias anywhere
 * in it becomes the name's own words; and the entities it names (by name, alias
 * or role) are found, to be shown first. The full text, the filters and the
 * order then all work on the corrected query.
 */
import { allowedEdits, editDistance, fold, nameWords, type NameEntry } from "../../scripts/shared/names.ts";
import type { NameIndex } from "./name-index.ts";

export interface QueryPlan {
  /** The words the full text is searched with ("" when no word is left). */
  search: string;
  /** Whether `search` differs from what was typed, beyond case and punctuation. */
  corrected: boolean;
  /** Typed words nothing knows and nothing corrects: left out of the search. */
  dropped: string[];
  /** Pages of the entities the query names, best first. */
  pinned: string[];
  /** For a pinned page found by an alias spelled unlike the name: the spelling the sources used. */
  spelledAs: Map<string, string>;
  /** "Did you mean": only when no word typed was a known word. */
  suggestions: NameEntry[];
}

/** Whether the full text holds a word: Pagefind's exact match, or the texts shipped for a copy opened from disk. */
export type WordCheck = (word: string) => Promise<boolean>;

interface WordChoice {
  typed: string;
  use?: string;
  known: boolean;
  nameWord: boolean;
  alternatives: string[];
}

async function chooseWord(typed: string, names: NameIndex, inFullText: WordCheck): Promise<WordChoice> {
  // Most words typed are spelled right: fetch their names alongside their trigrams, not after.
  void names.entriesOf(typed);
  const sharing = await names.sharingTrigrams(typed);
  if (sharing.includes(typed)) return { typed, use: typed, known: true, nameWord: true, alternatives: [] };
  if ([...typed].length <= 2 || (await inFullText(typed))) return { typed, use: typed, known: true, nameWord: false, alternatives: [] };
  const allowed = allowedEdits(typed);
  const near = (words: string[]) =>
    words
      .map((w) => ({ w, d: editDistance(typed, w, allowed) }))
      .filter((c) => c.d <= allowed)
      .sort((a, b) => a.d - b.d || Number(b.w[0] === typed[0]) - Number(a.w[0] === typed[0]) || (a.w < b.w ? -1 : 1))
      .map((c) => c.w);
  let found = near(sharing);
  if (found.length === 0 && allowed > 0) found = near(await names.ofNearbyLength(typed));
  return { typed, use: found[0], known: false, nameWord: found.length > 0, alternatives: found.slice(0, 3) };
}

/** An alias named in full inside the words is replaced by the name's own words, longest alias first. */
function rewriteAliases(words: string[], entries: NameEntry[]): string[] {
  let out = words.slice();
  const aliases = entries.filter((e) => e.s).sort((a, b) => nameWords(b.n).length - nameWords(a.n).length);
  for (const alias of aliases) {
    const own = nameWords(alias.n);
    if (!own.every((w) => out.includes(w))) continue;
    const at = Math.min(...own.map((w) => out.indexOf(w)));
    const rest = out.filter((w) => !own.includes(w));
    out = [...rest.slice(0, at), ...alias.s!.split(" "), ...rest.slice(at)];
  }
  return [...new Set(out)];
}

/**
 * Entities the whole query names: every word of it is in one of their names or
 * aliases (or, for two words or more, their role); the closer the name is to
 * the query, the earlier. More than three equally good means the query names none.
 */
function namedEntities(words: string[], entries: NameEntry[]): Array<{ url: string; entry: NameEntry }> {
  if (words.length === 0) return [];
  const scored = entries.flatMap((entry) => {
    const own = nameWords(entry.n);
    if (entry.r && words.length < 2) return [];
    if (!words.every((w) => own.includes(w))) return [];
    return [{ url: entry.u, entry, score: words.length / own.length - (entry.r ? 0.5 : 0) }];
  });
  const best = new Map<string, (typeof scored)[number]>();
  for (const s of scored.sort((a, b) => b.score - a.score)) if (!best.has(s.url)) best.set(s.url, s);
  const ranked = [...best.values()];
  const top = ranked[0]?.score ?? 0;
  if (ranked.filter((r) => r.score === top).length > 3) return [];
  return ranked.slice(0, 3);
}

export async function planQuery(query: string, names: NameIndex, inFullText: WordCheck): Promise<QueryPlan> {
  const typed = fold(query).split(" ").filter(Boolean);
  const content = nameWords(query);
  const choices = new Map<string, WordChoice>();
  await Promise.all(content.map(async (w) => choices.set(w, await chooseWord(w, names, inFullText))));
  const words = typed.flatMap((w) => {
    const choice = choices.get(w);
    return choice ? (choice.use ? [choice.use] : []) : [w];
  });
  const nameWordsUsed = [...new Set(typed.flatMap((w) => (choices.get(w)?.nameWord ? [choices.get(w)!.use!] : [])))];
  const entries = (await Promise.all(nameWordsUsed.map((w) => names.entriesOf(w)))).flat();
  const search = rewriteAliases(words, entries);
  const contentUsed = words.filter((w) => content.includes(w) || nameWordsUsed.includes(w));
  const named = namedEntities(contentUsed, entries);
  const noneKnown = content.length > 0 && content.every((w) => !choices.get(w)!.known);
  const suggestionWords = noneKnown ? [...new Set(content.flatMap((w) => choices.get(w)!.alternatives))] : [];
  const suggestionEntries = (await Promise.all(suggestionWords.map((w) => names.entriesOf(w)))).flat();
  // The shortest names first: the word is most of what they are.
  const closest = suggestionEntries.filter((e) => !e.r).sort((a, b) => nameWords(a.n).length - nameWords(b.n).length);
  const suggestions = [...new Map(closest.reverse().map((e) => [e.u, e] as const)).values()].reverse().slice(0, 3);
  return {
    search: search.join(" "),
    corrected: search.join(" ") !== typed.join(" "),
    dropped: content.filter((w) => !choices.get(w)!.use),
    pinned: named.map((n) => n.url),
    spelledAs: new Map(named.filter((n) => n.entry.s).map((n) => [n.url, n.entry.n])),
    suggestions,
  };
}
