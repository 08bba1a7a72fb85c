/**
 * The URLs and fact anchors the data publishes, from the linked entities alone:
 * what the permanence check holds to the manifest. The site graph takes its list
 * from here, and the curator's check uses it without deriving (and rendering)
 * the whole graph.
 */
import { KINDS, KIND_LIST, factSectionsOf, type Redirect } from "../schema/index.ts";
import { anchorPath, entityPath, factPath } from "../shared/url-scheme.ts";
import type { LinkedData } from "../pipeline/link.ts";
import { CORRECTIONS_PATH, DATA_PATH, NETWORK_PATH, NOT_FOUND_PATH, SEARCH_PATH, TIMELINE_PATH } from "./page-meta.ts";

/** The pages the site publishes that are about no one entity: home, the fixed pages, and each kind's index. */
export function sitePagePaths(): Set<string> {
  return new Set(["/", TIMELINE_PATH, NETWORK_PATH, SEARCH_PATH, CORRECTIONS_PATH, DATA_PATH, NOT_FOUND_PATH, ...KIND_LIST.map((k) => `/${KINDS[k].segment}/`)]);
}

export function entityPageUrls(linked: LinkedData): string[] {
  const urls: string[] = [];
  for (const { kind, entity } of linked.entities) {
    const page = entityPath(KINDS[kind].segment, entity.id);
    urls.push(page);
    const record = entity as unknown as Record<string, Array<{ id: string }> | undefined>;
    for (const [field] of factSectionsOf(kind)) for (const fact of record[field] ?? []) urls.push(anchorPath(page, fact.id), factPath(fact.id));
    for (const d of entity.disagreements ?? []) urls.push(anchorPath(page, d.id));
  }
  return urls.sort();
}

/** The ids of the facts that have pages of their own. */
export function factIdsOf(linked: LinkedData): Set<string> {
  const ids = new Set<string>();
  for (const { kind, entity } of linked.entities) {
    const record = entity as unknown as Record<string, Array<{ id: string }> | undefined>;
    for (const [field] of factSectionsOf(kind)) for (const fact of record[field] ?? []) ids.add(fact.id);
  }
  return ids;
}

/**
 * A redirect makes a page of its own unless it moves an anchor off a page that is
 * still published (that page lists it instead): the paths of those redirect pages.
 */
export function redirectPagePaths(livePages: ReadonlySet<string>, redirects: readonly Redirect[]): string[] {
  const paths = new Set<string>();
  for (const r of redirects) {
    const [path, anchor] = r.from.split("#") as [string, string | undefined];
    if (!(anchor && livePages.has(path))) paths.add(path);
  }
  return [...paths];
}
