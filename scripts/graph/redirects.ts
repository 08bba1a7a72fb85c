/**
 * Moved URLs. A redirect from a page that no longer exists becomes a redirect
 * page (static hosts cannot redirect); a fact anchor that moved off a page that
 * still exists is listed on that page.
 */
import type { Redirect } from "../schema/index.ts";
import { relativeUrl } from "../shared/url-scheme.ts";
import { push, type GraphContext } from "./context.ts";
import type { MovedAnchor, RedirectPage } from "./views.ts";

export function resolveRedirects(ctx: GraphContext, redirects: Redirect[]): { pages: RedirectPage[]; moved: Map<string, MovedAnchor[]> } {
  const moved = new Map<string, MovedAnchor[]>();
  const pages = new Map<string, Omit<RedirectPage, "relativeTo" | "canonicalUrl">>();
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
