/**
 * Each redirect becomes a page at its `from` URL, so a bad one would break the
 * render with an error that never names redirects.yaml. Every way a redirect
 * can go wrong is caught here, before anything is rendered.
 */
import type { Redirect } from "../../schema/index.ts";
import type { YamlFile } from "../load.ts";
import { locate } from "../positions.ts";
import type { Problem } from "../problems.ts";
import { isReservedId } from "../../shared/page-ids.ts";

export interface RedirectTargets {
  /** Entity pages and their fact anchors. */
  entityPages: ReadonlySet<string>;
  /** The site's own pages (home, search, timeline, indexes…): a redirect may point at them, never replace them. */
  sitePages: ReadonlySet<string>;
  /** Folders the build fills with files of its own. */
  reservedFolders: readonly string[];
}

const pathOf = (url: string) => url.split("#")[0]!;
/** Every URL this site publishes is lowercase (url-scheme.ts), so a redirect from anything else catches no reader. */
const PLAIN_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type At = (field: "from" | "to", message: string, hint: string) => void;

function reporter(problems: Problem[], file: string, source: YamlFile | undefined, i: number): At {
  return (field, message, hint) => problems.push({ file, field: `[${i}].${field}`, ...(source ? locate(source, [i, field]) : {}), message, hint });
}

/** The first redirect from each URL; a second one is reported by the shape check. */
function firstByFrom(redirects: readonly Redirect[]): Map<string, Redirect> {
  const byFrom = new Map<string, Redirect>();
  for (const r of redirects) if (!byFrom.has(r.from)) byFrom.set(r.from, r);
  return byFrom;
}

/** What can be told from redirects.yaml alone, so it is reported with the data's other problems. */
export function checkRedirectShapes(redirects: readonly Redirect[], file: string, source: YamlFile | undefined): Problem[] {
  const problems: Problem[] = [];
  const byFrom = firstByFrom(redirects);
  const next = (url: string) => byFrom.get(url) ?? (url.includes("#") ? undefined : byFrom.get(pathOf(url)));
  redirects.forEach((r, i) => {
    const at = reporter(problems, file, source, i);
    if (byFrom.get(r.from) !== r) {
      at("from", `a second redirect from ${r.from}`, "One URL can move to one place: remove one of the two redirects.");
      return;
    }
    for (const field of ["from", "to"] as const) {
      const path = pathOf(r[field]);
      const segments = path.split("/").slice(1, -1);
      if (!path.endsWith("/")) at(field, `${r[field]} does not end with a slash, and every page on this site is a folder`, `Write ${path}/${r[field].slice(path.length)}.`);
      else if (!segments.every((part) => PLAIN_SEGMENT.test(part))) {
        at(field, `${r[field]} is not a plain address of this site`, "Write the path as a reader sees it: lowercase words of letters and digits joined by hyphens, between slashes; no . or .., no other characters.");
      }
    }
    const anchor = r.from.split("#")[1];
    if (anchor !== undefined && isReservedId(anchor)) {
      at("from", `the anchor #${anchor} is one the page itself uses`, "A moved fact keeps its old id as an anchor on the page, and the page already uses this one: the fact's old links land on the page's own element anyway. Remove this redirect.");
    }
    const seen = [r.from];
    let target = r.to;
    for (let hop = next(target); hop; hop = next(target)) {
      if (seen.includes(hop.from)) {
        at("to", `the redirects loop: ${[...seen, hop.from].join(" → ")}`, "A reader would bounce between these pages for ever: point one of them at a page that exists.");
        return;
      }
      seen.push(hop.from);
      target = hop.to;
    }
    if (seen.length > 1) at("to", `a chain of redirects: ${r.from} → ${seen.slice(1).join(" → ")} → ${target}`, `Point it straight at ${target}: each hop is a page the reader waits for.`);
  });
  return problems;
}

/** What needs the site's pages: a redirect may replace none of them, and must lead to one. */
export function checkRedirectTargets(redirects: readonly Redirect[], file: string, source: YamlFile | undefined, targets: RedirectTargets): Problem[] {
  const problems: Problem[] = [];
  const byFrom = firstByFrom(redirects);
  redirects.forEach((r, i) => {
    const at = reporter(problems, file, source, i);
    const from = pathOf(r.from);
    if (targets.sitePages.has(from) || targets.reservedFolders.some((f) => from.startsWith(f))) {
      at("from", `the redirect from ${r.from} would replace a page the site itself publishes`, "Redirect from an entity URL that no longer exists, never from one of the site's own pages or folders.");
      return;
    }
    if (targets.entityPages.has(r.from)) {
      const anchor = r.from.includes("#");
      at("from", `the redirect from ${r.from} would hide a ${anchor ? "fact anchor" : "page"} that is still published`, `Remove this redirect, or remove the ${anchor ? "fact" : "entity"} that still publishes that URL.`);
    }
    // A target that is itself redirected was reported as a loop or a chain.
    if (!targets.entityPages.has(r.to) && !targets.sitePages.has(r.to) && !byFrom.has(r.to) && !byFrom.has(pathOf(r.to))) {
      at("to", `the redirect from ${r.from} points to ${r.to}, which this build does not publish`, "Point it at a page or fact anchor that exists (see the URLs in _data/published-urls.txt).");
    }
  });
  return problems;
}
