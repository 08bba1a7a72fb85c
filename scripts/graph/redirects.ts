/**
 * Moved URLs. A redirect from a page that no longer exists becomes a redirect
 * page (static hosts cannot redirect); a fact anchor that moved off a page that
 * still exists is listed on that page.
 */
import type { Redirect } from "../schema/index.ts";
import { factPath, relativeUrl, twinPath } from "../shared/url-scheme.ts";
import { renderInline } from "./markdown.ts";
import { push, type GraphContext } from "./context.ts";
import type { MovedAnchor, RedirectPage } from "./views.ts";

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
): { pages: RedirectPage[]; moved: Map<string, MovedAnchor[]>; formerTwins: Map<string, string[]> } {
  const moved = new Map<string, MovedAnchor[]>();
  const pages = new Map<string, Omit<RedirectPage, "relativeTo" | "canonicalUrl">>();
  const ownerByUrl = new Map(ctx.linked.entities.map((e) => [ctx.link(e.entity.id).url, e.entity.id]));
  for (const r of redirects) {
    const [fromPath, fromAnchor] = r.from.split("#") as [string, string | undefined];
    const owner = ownerByUrl.get(fromPath);
    if (fromAnchor && owner) {
      push(moved, owner, { id: fromAnchor, to: r.to, reasonHtml: renderInline(r.reason) });
      continue;
    }
    const page = pages.get(fromPath) ?? { from: fromPath, to: r.to.split("#")[0]!, reasonHtml: renderInline(r.reason), anchors: {} };
    if (fromAnchor) page.anchors[fromAnchor] = r.to;
    else {
      page.to = r.to;
      page.reasonHtml = renderInline(r.reason);
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
