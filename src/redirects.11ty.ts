/** A page at every URL that moved: static hosts cannot redirect, so the page does. */
import { paginate, type ItemData } from "../_includes/graph-data.ts";
import { html, jsonScript, trusted } from "../_includes/html.ts";
import { favicon, previewMeta } from "../_includes/partials/preview-meta.ts";
import { securityMeta } from "../_includes/security-meta.ts";
import { PAGE_IDS } from "../scripts/shared/page-ids.ts";
import type { RedirectPage } from "../scripts/graph/views.ts";

export const data = paginate((graph) => graph.redirects, (redirect) => redirect.from);

export function render({ item: redirect }: ItemData<RedirectPage>): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${securityMeta}
<title>Moved: ${redirect.preview.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${redirect.canonicalUrl}">
<meta name="description" content="${redirect.preview.description}">
${previewMeta(redirect.preview, redirect.canonicalUrl)}
${favicon()}
<meta http-equiv="refresh" content="0; url=${redirect.relativeTo}">
<script type="application/json" id="${PAGE_IDS.movedAnchors}">${jsonScript(redirect.anchors)}</script>
<script src="/assets/redirect.js"></script>
</head><body><main><h1>This page moved</h1><p><a href="${redirect.to}">Continue to its new address</a>. ${trusted(redirect.reasonHtml)}</p></main></body></html>
`.value;
}
