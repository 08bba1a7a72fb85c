/**
 * Templates write root-relative URLs (/people/joe-biden/). The build makes
 * each one relative to the page it is on (with the URL scheme's relativeUrl), so
 * the same output works at a domain's root, under any path prefix, and opened
 * from disk. The 404 page is served at arbitrary depths: its URLs become
 * relative to its <base>, which carries the path prefix.
 *
 * A string rewrite, not an HTML parse: every attribute in our output is written
 * by our templates with its value escaped, so `href="/…"` can only be a URL.
 * (Parsing and re-serialising every page cost a third of Eleventy's time.)
 */
import { relativeUrl, rootRelativeUrl } from "../shared/url-scheme.ts";

const URL_ATTRIBUTE = /\s(href|src|action)="(\/(?!\/)[^"]*)"/g;
const NOT_FOUND_PAGE = "/404.html";

/**
 * Pages link to the same targets over and over (navigation, assets, owners,
 * sources), and every page in one folder rewrites a target outside itself the
 * same way (/people/a/ and /people/b/ both write ../../meetings/m/ and ../c/):
 * each (folder, target) pair is worked out once per process.
 */
const rewritten = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

export function relativizeHtml(html: string, pageUrl: string): string {
  const notFound = pageUrl === NOT_FOUND_PAGE;
  // The folder that holds the page: /people/ for /people/a/ and for /people/a.html.
  const trimmed = pageUrl.endsWith("/") ? pageUrl.slice(0, -1) : pageUrl;
  const folder = trimmed.slice(0, trimmed.lastIndexOf("/") + 1);
  return html.replace(URL_ATTRIBUTE, (match: string, attribute: string, url: string, offset: number) => {
    // <base href> carries the path prefix itself and stays as written.
    if (html.startsWith("<base", offset - 5)) return match;
    if (notFound) return ` ${attribute}="${rootRelativeUrl(url)}"`;
    // A target inside the page itself (its anchors) depends on the page, not only its folder.
    if (url.startsWith(trimmed) && (url.length === trimmed.length || "/#?".includes(url.charAt(trimmed.length)))) return ` ${attribute}="${relativeUrl(pageUrl, url)}"`;
    const key = folder + "\0" + url;
    let rel = rewritten.get(key);
    if (rel === undefined) {
      if (rewritten.size >= MAX_REMEMBERED) rewritten.clear();
      rel = relativeUrl(pageUrl, url);
      rewritten.set(key, rel);
    }
    return ` ${attribute}="${rel}"`;
  });
}
