/**
 * Templates write root-relative URLs (/people/joe-biden/). This transform makes
 * each one relative to the page it is on, so the same output works at a
 * domain's root, under any path prefix, and opened from disk. The 404 page is
 * served at arbitrary depths: its URLs become relative to its <base>, which
 * carries the path prefix.
 *
 * A string rewrite, not an HTML parse: every attribute in our output is written
 * by our templates with its value escaped, so `href="/…"` can only be a URL.
 * (Parsing and re-serialising every page cost a third of Eleventy's time.)
 */
import { posix } from "node:path";

export function relativeUrl(fromPage: string, target: string): string {
  if (!target.startsWith("/") || target.startsWith("//")) return target;
  const hashAt = target.search(/[?#]/);
  const path = hashAt === -1 ? target : target.slice(0, hashAt);
  const suffix = hashAt === -1 ? "" : target.slice(hashAt);
  const fromDir = fromPage.endsWith("/") ? fromPage : posix.dirname(fromPage) + "/";
  if (path === fromPage && suffix.startsWith("#")) return suffix;
  let rel = posix.relative(fromDir, path);
  if (path.endsWith("/") && rel !== "") rel += "/";
  if (rel === "") rel = "./";
  return rel + suffix;
}

export function baseRelativeUrl(target: string): string {
  if (!target.startsWith("/") || target.startsWith("//")) return target;
  return target.slice(1) || "./";
}

const URL_ATTRIBUTE = /\s(href|src|action)="(\/(?!\/)[^"]*)"/g;

export function relativizeHtml(html: string, pageUrl: string): string {
  const rewrite = pageUrl === "/404.html" ? baseRelativeUrl : (url: string) => relativeUrl(pageUrl, url);
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

interface TransformHost {
  addTransform(name: string, fn: (this: { page: { url: string | false; outputPath: string | false } }, content: string) => string): void;
}

export function relativeUrlsPlugin(eleventyConfig: TransformHost): void {
  eleventyConfig.addTransform("relative-urls", function (content) {
    const { url, outputPath } = this.page;
    if (typeof url !== "string" || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    return relativizeHtml(content, url);
  });
}
