/**
 * One Eleventy run over one shard of the site graph. Eleventy renders; each
 * page's links are made relative to it, and the output goes through
 * OutputFiles, which hashes each file as it writes it.
 */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join, resolve } from "node:path";
import { register } from "tsx/esm/api";
import { rootRelativeUrl } from "../../shared/url-scheme.ts";
import { relativizeHtml } from "../relative-urls.ts";
import type { OutputFiles } from "../output-files.ts";
import type { ShardInput } from "./shards.ts";
import { addCardStats, writeCards, writeFaviconPngs, type CardStats } from "../cards.ts";
import { writeTwin } from "../data-files.ts";

const PROJECT_ROOT = resolve(import.meta.dirname, "../../..");

// Eleventy imports the config and the .11ty.ts templates natively: make sure TypeScript loads
// in whatever process renders (a test runner's worker may not have tsx's loader).
register();

interface RenderedTemplate {
  url: string | false;
  outputPath: string | false;
  content: string;
}

export interface ShardResult {
  /** HTML pages written. */
  pages: number;
  cards: CardStats;
}

/**
 * Renders a shard and writes its pages and their JSON twins, then its pages' preview cards (the site's
 * card and the favicon's PNGs with the singletons): the cards are rendered on
 * every core because the shards are. `cardCache` is the cards' cache folder.
 */
export async function renderShard(input: ShardInput, out: OutputFiles, cardCache?: string): Promise<ShardResult> {
  const eleventy = new Eleventy(join(PROJECT_ROOT, "src"), out.root, {
    configPath: join(PROJECT_ROOT, "eleventy.config.js"),
    quietMode: true,
    config(eleventyConfig: UserConfig) {
      eleventyConfig.addGlobalData("graph", input.graph);
      eleventyConfig.addGlobalData("shard", input.shard);
    },
  });
  // Eleventy's JSDoc types its result loosely; it is the list of rendered templates.
  const rendered = (await eleventy.toJSON()) as unknown as RenderedTemplate[];
  let pages = 0;
  for (const page of rendered) {
    if (typeof page.url !== "string" || page.outputPath === false) continue;
    const path = rootRelativeUrl(page.url);
    const file = path === "./" ? "index.html" : path.endsWith("/") ? `${path}index.html` : path;
    out.write(file, file.endsWith(".html") ? relativizeHtml(page.content, page.url) : page.content);
    if (page.url.endsWith("/") || page.url.endsWith(".html")) pages++;
  }
  for (const page of input.graph.pages) writeTwin(page, out);
  const cards = await writeCards([...(input.shard.singletons ? [input.graph.siteCard] : []), ...input.graph.pages.map((p) => p.card)], out, cardCache);
  if (input.shard.singletons) addCardStats(cards, writeFaviconPngs(out, cardCache));
  return { pages, cards };
}
