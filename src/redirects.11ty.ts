/** A page at every URL that moved: static hosts cannot redirect, so the page does. */
import type { PageData } from "../_includes/eleventy-data.ts";
import type { RedirectPage } from "../scripts/pipeline/views.ts";
import { html, jsonScript, trusted } from "../_includes/html.ts";

export const data = {
  pagination: { data: "graph.redirects", size: 1, alias: "redirect", addAllPagesToCollections: false },
  permalink: (d: { redirect: RedirectPage }) => d.redirect.from,
  eleventyExcludeFromCollections: true,
};

export function render({ redirect }: PageData & { redirect: RedirectPage }): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${redirect.to}">
<meta http-equiv="refresh" content="0; url=${redirect.to}">
<script type="application/json" id="moved-anchors">${jsonScript(redirect.anchors)}</script>
<script src="/assets/redirect.js"></script>
</head><body><main><h1>This page moved</h1><p><a href="${redirect.to}">Continue to its new address</a>. ${trusted(redirect.reasonHtml)}</p></main></body></html>
`.value;
}
