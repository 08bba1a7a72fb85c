/** A page at every URL that moved: static hosts cannot redirect, so the page does. */
import type { PageData } from "../_includes/eleventy-data.ts";
import type { RedirectPage } from "../scripts/pipeline/views.ts";
import { html, jsonScript, trusted } from "../_includes/html.ts";
import { relativeUrl } from "../scripts/eleventy/relative-urls.ts";

export const data = {
  pagination: { data: "graph.redirects", size: 1, alias: "redirect", addAllPagesToCollections: false },
  permalink: (d: { redirect: RedirectPage }) => d.redirect.from,
  eleventyExcludeFromCollections: true,
};

export function render({ graph, redirect }: PageData & { redirect: RedirectPage }): string {
  // Relative targets keep the redirect working under any path prefix and from disk.
  const to = relativeUrl(redirect.from, redirect.to);
  const anchors = Object.fromEntries(Object.entries(redirect.anchors).map(([id, target]) => [id, relativeUrl(redirect.from, target)]));
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${new URL(redirect.to.slice(1), graph.site.url).href}">
<meta http-equiv="refresh" content="0; url=${to}">
<script type="application/json" id="moved-anchors">${jsonScript(anchors)}</script>
<script src="/assets/redirect.js"></script>
</head><body><main><h1>This page moved</h1><p><a href="${redirect.to}">Continue to its new address</a>. ${trusted(redirect.reasonHtml)}</p></main></body></html>
`.value;
}
