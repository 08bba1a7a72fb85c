/**
 * Published URLs are promises. The committed manifest lists every URL and fact
 * anchor ever published; one that would disappear needs a redirect saying where it went
 * (whether each redirect is sound is checks/redirects.ts's business).
 */
import type { Redirect } from "../../schema/index.ts";
import type { Problem } from "../problems.ts";

/**
 * `pages` are the entity pages and anchors this build publishes; `published` adds
 * the generated redirect pages, which are recorded (and so kept) like any URL.
 */
export function checkPermanence(
  manifest: { file: string; urls: string[] } | undefined,
  pages: readonly string[],
  redirects: readonly Redirect[],
  published: readonly string[] = pages,
): Problem[] {
  const problems: Problem[] = [];
  const redirected = new Map(redirects.map((r) => [r.from, r]));
  const recordedLive = new Set(published);
  if (!manifest) return problems;
  for (const url of manifest.urls) {
    if (recordedLive.has(url) || redirected.has(url)) continue;
    const [path, anchor] = url.split("#");
    problems.push({
      file: manifest.file,
      entity: path!.split("/")[2],
      field: anchor ? `#${anchor}` : undefined,
      message: `the published ${anchor ? "fact anchor" : "URL"} ${url} would disappear`,
      hint: `Restore the ${anchor ? "fact id" : "entity id"}, or add a redirect to _data/redirects.yaml: - { from: "${url}", to: "<new URL>", reason: "<why it moved>" }.`,
    });
  }
  return problems;
}

/** New URLs to append to the manifest; none is ever removed from it. */
export function manifestAdditions(manifest: readonly string[], current: readonly string[]): string[] {
  const known = new Set(manifest);
  return current.filter((u) => !known.has(u));
}
