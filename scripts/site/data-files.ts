/**
 * The files that are data, not pages: each entity's JSON twin, the downloads,
 * the name shards and the page texts for searching from disk. Written straight
 * from the graph; a template engine adds nothing to JSON.
 */
import { nameShardScript, OFFLINE_TEXT_PATH, offlineTextScript } from "../shared/contracts.ts";
import { HOST_REDIRECTS_PATH, rootRelativeUrl } from "../shared/url-scheme.ts";
import type { SiteGraph } from "../graph/site-graph.ts";
import type { DownloadFile } from "../graph/views.ts";
import type { EntityPage } from "../graph/pages/index.ts";
import type { OutputFiles } from "./output-files.ts";

/** An entity page's JSON twin, also at the twin URLs of pages that moved to it. */
export function writeTwin(page: EntityPage, out: OutputFiles): void {
  const json = JSON.stringify(page.twin, null, 2) + "\n";
  for (const url of [page.twinUrl, ...page.formerTwinUrls]) out.write(rootRelativeUrl(url), json);
}

/** The site-wide data files (each page's twin is written with the page, by its render shard). */
export function writeDataFiles(graph: SiteGraph, downloads: Iterable<DownloadFile>, out: OutputFiles): void {
  for (const download of downloads) out.writePieces(rootRelativeUrl(download.url), download.pieces);
  for (const shard of graph.nameShards) out.write(shard.path, nameShardScript(shard.part, shard.key, shard.entries));
  out.write(OFFLINE_TEXT_PATH, offlineTextScript(graph.offlineText));
  out.write(rootRelativeUrl(HOST_REDIRECTS_PATH), graph.hostRedirects);
}
