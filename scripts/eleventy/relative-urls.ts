/**
 * Templates write root-relative URLs (/people/joe-biden/). This transform makes
 * each one relative to the page it is on, so the same output works at a
 * domain's root, under any path prefix, and opened from disk. The 404 page is
 * served at arbitrary depths: its URLs become relative to its <base>, which
 * carries the path prefix.
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

interface UrlTransformHost {
  htmlTransformer: {
    addUrlTransform(
      extensions: string,
      callback: (this: { url?: string }, url: string, where: { attribute: string; tag: string }) => string,
      options?: object,
    ): void;
  };
}

export function relativeUrlsPlugin(eleventyConfig: UrlTransformHost): void {
  eleventyConfig.htmlTransformer.addUrlTransform("html", function (url, where) {
    const page = this.url;
    if (!page || where.tag === "base") return url;
    if (page === "/404.html") return baseRelativeUrl(url);
    return relativeUrl(page, url);
  });
}
