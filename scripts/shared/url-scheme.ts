/**
 * The URL scheme, for the build and the browser alike. Every published URL is a
 * site path computed here from ids only, never from display names; the pages
 * then carry it relative to themselves, so one output works at a domain's root,
 * under any path prefix, and opened from disk.
 */

/** An entity's page: /people/joe-biden/. URLs are lowercase; the linker refuses ids that differ only in case. */
export function entityPath(segment: string, id: string): string {
  return `/${segment}/${id.toLowerCase()}/`;
}

/** The JSON twin sits beside the page: /people/joe-biden/ → /people/joe-biden.json. */
export function twinPath(pagePath: string): string {
  return pagePath.replace(/\/$/, "") + ".json";
}

/**
 * A fact's own page: /facts/<fact-id>/. Fact ids are unique across the dataset
 * and never an entity's, so the URL holds when its entity is renamed or the fact moves.
 */
export function factPath(factId: string): string {
  return `/facts/${factId.toLowerCase()}/`;
}
/** A page's link-preview card: /people/joe-biden/ → /cards/people/joe-biden.png; every page not about an entity shares the site's. */
export function cardPath(pagePath: string): string {
  return pagePath === "/" ? SITE_CARD_PATH : `${CARDS_FOLDER}${pagePath.replace(/\/$/, "").slice(1)}.png`;
}
export const CARDS_FOLDER = "/cards/";
export const SITE_CARD_PATH = `${CARDS_FOLDER}site.png`;

/** Redirect rules for hosts that read them (Netlify, Cloudflare Pages), at the site's root. */
export const HOST_REDIRECTS_PATH = "/_redirects";

/** A fact's anchor on the page that holds it. */
export function anchorPath(pagePath: string, anchorId: string): string {
  return `${pagePath}#${anchorId}`;
}

/** The public URL of a site path, under the site URL's path prefix. `siteUrl` ends with a slash. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ""), siteUrl).href;
}

/** A site path as a URL relative to the page at `fromPage` (itself a site path). */
export function relativeUrl(fromPage: string, target: string): string {
  if (!target.startsWith("/") || target.startsWith("//")) return target;
  const hashAt = target.search(/[?#]/);
  const path = hashAt === -1 ? target : target.slice(0, hashAt);
  const suffix = hashAt === -1 ? "" : target.slice(hashAt);
  if (path === fromPage && suffix.startsWith("#")) return suffix;
  const from = directoryOf(fromPage).split("/").filter(Boolean);
  const to = path.split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  let rel = [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
  if (path.endsWith("/") && rel !== "") rel += "/";
  if (rel === "") rel = "./";
  return rel + suffix;
}

/** A site path relative to the site's root, for pages that carry the prefix in a <base> (the 404 page) and for scripts that know the root. */
export function rootRelativeUrl(target: string): string {
  if (!target.startsWith("/") || target.startsWith("//")) return target;
  return target.slice(1) || "./";
}

/** Opened from disk, a folder URL shows a listing: point it at the folder's index.html. */
export function diskUrl(href: string): string {
  const hashAt = href.search(/[?#]/);
  const path = hashAt === -1 ? href : href.slice(0, hashAt);
  const suffix = hashAt === -1 ? "" : href.slice(hashAt);
  return path.endsWith("/") ? `${path}index.html${suffix}` : href;
}

function directoryOf(page: string): string {
  return page.endsWith("/") ? page : page.slice(0, page.lastIndexOf("/") + 1);
}
