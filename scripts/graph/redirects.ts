/**
 * Moved URLs. A redirect from a page that no longer exists becomes a redirect
 * page (static hosts cannot redirect); a fact anchor that moved off a page that
 * still exists is listed on that page.
 */
import type { Redirect } from "../schema/index.ts";
import { relativeUrl } from "../shared/url-scheme.ts";
import { push, type GraphContext } from "./context.ts";
import type { MovedAnchor, RedirectPage } from "./views.ts";

/** Redirect pages without their previews, which are their targets' (known once every page is built). */
export type RedirectWithoutPreview = Omit<RedirectPage, "preview">;

export function resolveRedirects(ctx: GraphContext, redirects: Redirect[]): { pages: RedirectWithoutPreview[]; moved: Map<string, MovedAnchor[]> } {
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
  return {
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
