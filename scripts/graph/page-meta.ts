/** The page shell's facts about each page: canonical URL, <title>, description, and where it sits in the navigation. */
import { KINDS, KIND_LIST } from "../schema/index.ts";
import type { GraphContext } from "./context.ts";
import { cardAlt, previewOf } from "./previews.ts";
import type { CardSpec, NavEntry, PageMeta, Preview } from "./views.ts";

export const TIMELINE_PATH = "/timeline/";
export const NETWORK_PATH = "/network/";
export const SEARCH_PATH = "/search/";
export const CORRECTIONS_PATH = "/corrections/";
export const DATA_PATH = "/data/";
export const NOT_FOUND_PATH = "/404.html";
export const FEED_PATH = "/feed.xml";

export function navigation(): NavEntry[] {
  return [
    ...KIND_LIST.filter((k) => KINDS[k].inNav).map((k) => ({ url: `/${KINDS[k].segment}/`, label: KINDS[k].plural })),
    { url: TIMELINE_PATH, label: "Timeline" },
    { url: NETWORK_PATH, label: "Who met whom" },
    { url: DATA_PATH, label: "Data" },
  ];
}

/** `card` is the page's preview image (the site's for pages not about one entity). */
export function pageMeta(ctx: GraphContext, nav: NavEntry[], url: string, title: string, description: string, card: CardSpec, type: Preview["type"] = "website"): PageMeta {
  return {
    url,
    canonicalUrl: ctx.absolute(url),
    documentTitle: url === "/" ? ctx.settings.title : `${title} — ${ctx.settings.title}`,
    description,
    currentNav: nav.find((n) => url.startsWith(n.url))?.url,
    baseHref: url === NOT_FOUND_PATH ? new URL(ctx.siteUrl).pathname : undefined,
    preview: previewOf(ctx, { title, description, type, cardPath: card.path, cardAlt: cardAlt(card) }),
  };
}
