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
  const movedTo = whereItMoved(manifest.urls, pages);
  for (const url of manifest.urls) {
    if (recordedLive.has(url) || redirected.has(url)) continue;
    const [path, anchor] = url.split("#");
    const to = movedTo(url);
    problems.push({
      file: manifest.file,
      entity: path!.split("/")[2],
      field: anchor ? `#${anchor}` : undefined,
      message: `the published ${anchor ? "fact anchor" : "URL"} ${url} would disappear`,
      hint: to
        ? `It seems to have moved to ${to}. Add a redirect to _data/redirects.yaml: - { from: "${url}", to: "${to}", reason: "<why it moved>" }` +
          (anchor ? "." : ", and one for each of its fact anchors (npm run rename <old-id> <new-id> records them all).")
        : `Restore the ${anchor ? "fact id" : "entity id"}, or add a redirect to _data/redirects.yaml: - { from: "${url}", to: "<the page or anchor it moved to>", reason: "<why it moved>" }. To rename an id, use npm run rename <old-id> <new-id>, which records every redirect.`,
    });
  }
  return problems;
}

/**
 * Where a vanished URL went, when this build shows it: a fact anchor whose id now
 * sits on another page, or a page whose recorded anchors all sit on one other page.
 */
function whereItMoved(recorded: readonly string[], live: readonly string[]): (url: string) => string | undefined {
  const pageOfAnchor = new Map<string, string>();
  for (const url of live) {
    const [path, anchor] = url.split("#");
    if (anchor) pageOfAnchor.set(anchor, path!);
  }
  return (url) => {
    const [path, anchor] = url.split("#") as [string, string | undefined];
    if (anchor) return pageOfAnchor.has(anchor) ? `${pageOfAnchor.get(anchor)}#${anchor}` : undefined;
    const targets = new Set(
      recorded.filter((u) => u.startsWith(`${path}#`)).map((u) => pageOfAnchor.get(u.slice(path.length + 1))),
    );
    const [only] = targets;
    return targets.size === 1 && only !== undefined ? only : undefined;
  };
}

/** New URLs to append to the manifest; none is ever removed from it. */
export function manifestAdditions(manifest: readonly string[], current: readonly string[]): string[] {
  const known = new Set(manifest);
  return current.filter((u) => !known.has(u));
}
