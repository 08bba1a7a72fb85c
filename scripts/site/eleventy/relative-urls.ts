/**
 * Templates write root-relative URLs (/people/joe-biden/). This transform makes
 * each one relative to the page it is on (with the URL scheme's relativeUrl), so
 * the same output works at a domain's root, under any path prefix, and opened
 * from disk. The 404 page is served at arbitrary depths: its URLs become
 * relative to its <base>, which carries the path prefix.
 *
 * A string rewrite, not an HTML parse: every attribute in our output is written
 * by our templates with its value escaped, so `href="/…"` can only be a URL.
 * (Parsing and re-serialising every page cost a third of Eleventy's time.)
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { relativeUrl, rootRelativeUrl } from "../../shared/url-scheme.ts";

const URL_ATTRIBUTE = /\s(href|src|action)="(\/(?!\/)[^"]*)"/g;
const NOT_FOUND_PAGE = "/404.html";

export function relativizeHtml(html: string, pageUrl: string): string {
  const rewrite = pageUrl === NOT_FOUND_PAGE ? rootRelativeUrl : (url: string) => relativeUrl(pageUrl, url);
  // Pages link to the same targets many times (navigation, owners, sources): work each out once.
  const seen = new Map<string, string>();
  return html.replace(URL_ATTRIBUTE, (match: string, attribute: string, url: string, offset: number) => {
    // <base href> carries the path prefix itself and stays as written.
    if (html.startsWith("<base", offset - 5)) return match;
    let rel = seen.get(url);
    if (rel === undefined) {
      rel = rewrite(url);
      seen.set(url, rel);
    }
    return ` ${attribute}="${rel}"`;
  });
}

export function relativeUrlsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("relative-urls", function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
    const { url, outputPath } = this.page;
    if (typeof url !== "string" || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    return relativizeHtml(content, url);
  });
}
