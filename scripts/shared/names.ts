/**
 * Name folding and the name shards, shared by the build (which files names
 * under shard keys) and the browser (which loads the shards a query needs).
 */

/** One name as shipped to the browser: n = the name, c = the canonical name if n is an alias, u = URL, t = type. */
export interface NameEntry {
  n: string;
  c?: string;
  u: string;
  t: string;
}

export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’'`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The shards a name is filed under: the first character of each of its words. */
export function nameShardKeys(name: string): string[] {
  return [...new Set(fold(name).split(" ").filter(Boolean).map((w) => w[0]!))];
}
