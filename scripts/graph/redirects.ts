/**
 * Moved URLs. A redirect from a page that no longer exists becomes a redirect
 * page (static hosts cannot redirect); a fact anchor that moved off a page that
 * still exists is listed on that page.
 */
import type { Redirect } from "../schema/index.ts";
import { factPath, relativeUrl, twinPath } from "../shared/url-scheme.ts";
import { push, type GraphContext } from "./context.ts";
import type { MovedAnchor, RedirectPage } from "./views.ts";

/** Redirect pages without their previews, which are their targets' (known once every page is built). */
export type RedirectWithoutPreview = Omit<RedirectPage, "preview">;

/**
 * A fact's page follows its fact: a redirect from one fact anchor to another
 * moves the fact's page too, unless the data redirects that page itself.
 */
export function withFactPages(redirects: Redirect[], facts: ReadonlySet<string>): Redirect[] {
  const explicit = new Set(redirects.map((r) => r.from));
  const implied: Redirect[] = [];
  for (const r of redirects) {
    const from = r.from.split("#")[1];
    const to = r.to.split("#")[1];
    if (!from || !to || !facts.has(to) || from === to) continue;
    const page = { from: factPath(from), to: factPath(to), reason: r.reason };
    if (!explicit.has(page.from) && !facts.has(from)) implied.push(page);
  }
  return [...redirects, ...implied];
}

export function resolveRedirects(
  ctx: GraphContext,
  redirects: Redirect[],
): { pages: RedirectWithoutPreview[]; moved: Map<string, MovedAnchor[]>; formerTwins: Map<string, string[]> } {
  const moved = new Map<string, MovedAnchor[]>();
  const pages = new Map<string, Omit<RedirectPage, "relativeTo" | "canonicalUrl" | "preview">>();
  const ownerByUrl = new Map(ctx.linked.entities.map((e) => [ctx.link(e.entity.id).url, e.entity.id]));
  for (const r of redirects) {
    const [fromPath, fromAnchor] = r.from.split("#") as [string, string | undefined];
    const owner = ownerByUrl.get(fromPath);
    if (fromAnchor && owner) {
      push(moved, owner, { id: fromAnchor, to: r.to, reasonHtml: ctx.inline(r.reason) });
      continue;
    }
    const page = pages.get(fromPath) ?? { from: fromPath, to: r.to.split("#")[0]!, reasonHtml: ctx.inline(r.reason), anchors: {} };
    if (fromAnchor) page.anchors[fromAnchor] = r.to;
    else {
      page.to = r.to;
      page.reasonHtml = ctx.inline(r.reason);
    }
    pages.set(fromPath, page);
  }
  // A page that moved to another entity's page takes its JSON twin along: the old
  // twin URL serves the new entity's twin, so a program that fetched it keeps working.
  const formerTwins = new Map<string, string[]>();
  for (const page of pages.values()) {
    const target = ownerByUrl.get(page.to);
    if (target) push(formerTwins, target, twinPath(page.from));
  }
  return {
    formerTwins,
    // Relative targets keep the redirect working under any path prefix and from disk.
    pages: [...pages.values()].map((p) => ({
      ...p,
      relativeTo: relativeUrl(p.from, p.to),
      canonicalUrl: ctx.absolute(p.to),
      anchors: Object.fromEntries(Object.entries(p.anchors).map(([id, target]) => [id, relativeUrl(p.from, target)])),
    })),
    moved,
  };
}

/**
 * Netlify's and Cloudflare Pages' `_redirects`: one permanent (301) rule per
 * moved page, with the path prefix. Fact anchors cannot be redirected by a
 * host (browsers never send the fragment); the redirect page's script does that.
 */
export function hostRedirectRules(pages: readonly RedirectWithoutPreview[], pathPrefix: string): string {
  const prefixed = (path: string) => pathPrefix.replace(/\/$/, "") + path;
  const lines = pages.map((p) => `${prefixed(p.from)} ${prefixed(p.to)} 301`);
  return ["# Moved pages: old address, new address, status. Generated from _data/redirects.yaml.", ...lines, ""].join("\n");
}
