/**
 * Link previews: what a shared link shows (title, one line, a card image) and
 * what each card image says. Written from the content: an entity's preview
 * says what it is and what it did, never how many facts the page holds.
 */
import { cardPath, SITE_CARD_PATH } from "../shared/url-scheme.ts";
import type { GraphContext } from "./context.ts";
import type { CardSpec, Preview } from "./views.ts";

/** The size Open Graph and Twitter's large summary card ask for (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Feeds cut descriptions at about this length; a cut falls between words. */
const DESCRIPTION_LIMIT = 200;

export function oneLine(parts: Array<string | undefined>, limit = DESCRIPTION_LIMIT): string {
  const text = parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .map((p) => p.trim())
    .join(" ")
    .replace(/\s+/g, " ");
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > limit / 2 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** A sentence, ending in a full stop unless it ends in other punctuation. */
export function sentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  return /[.!?…”"’)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function previewOf(ctx: GraphContext, page: { title: string; description: string; type: Preview["type"]; cardPath: string; cardAlt: string }): Preview {
  return {
    title: page.title,
    description: page.description,
    type: page.type,
    siteName: ctx.settings.title,
    image: { url: ctx.absolute(page.cardPath), width: CARD_WIDTH, height: CARD_HEIGHT, alt: page.cardAlt },
  };
}

/** The card of the pages that are not about one entity. */
export function siteCard(ctx: GraphContext, description: string): CardSpec {
  return { path: SITE_CARD_PATH, kindLabel: "Fact sheets", title: ctx.settings.title, subtitle: description, siteTitle: new URL(ctx.siteUrl).host };
}

export function entityCard(ctx: GraphContext, pageUrl: string, kindLabel: string, title: string, subtitle: string): CardSpec {
  return { path: cardPath(pageUrl), kindLabel, title, subtitle, siteTitle: ctx.settings.title };
}

/** What the card shows, for readers who cannot see it. */
export function cardAlt(card: CardSpec): string {
  return `${card.kindLabel}: ${card.title}${card.subtitle ? ` — ${card.subtitle}` : ""}`;
}
