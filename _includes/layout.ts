/** The page shell: landmarks, navigation, search box, and the metadata a citing reader needs. */
import { PAGE_IDS } from "../scripts/shared/page-ids.ts";
import { html, jsonScript, type Html } from "./html.ts";
import { citationMetaTags } from "./partials/citation-meta.ts";
import { securityMeta } from "./security-meta.ts";
import type { SiteGraph } from "../scripts/graph/site-graph.ts";
import type { PageMeta } from "../scripts/graph/views.ts";
import { favicon, previewMeta } from "./partials/preview-meta.ts";

export interface LayoutOptions {
  meta: PageMeta;
  /** Mark the main content for Pagefind (entity pages only). */
  indexed?: boolean;
  twinUrl?: string;
  jsonLd?: Record<string, unknown>;
  pagefindMeta?: Html;
  bodyClass?: string;
  /** The search page has its own box: one is enough. */
  headerSearch?: boolean;
}


export function layout(graph: SiteGraph, options: LayoutOptions, content: Html): string {
  const { meta } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${securityMeta}
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta.baseHref ? html`<base href="${meta.baseHref}">` : ""}
<title>${meta.documentTitle}</title>
<meta name="description" content="${meta.description}">
<meta name="color-scheme" content="light dark">
<link rel="canonical" href="${meta.canonicalUrl}">
${citationMetaTags(meta.citation)}
${previewMeta(meta.preview, meta.canonicalUrl)}
${favicon()}
<link rel="stylesheet" href="/assets/site.css">
<link rel="alternate" type="application/atom+xml" title="New facts and corrections" href="/feed.xml">
${options.twinUrl ? html`<link rel="alternate" type="application/json" title="This page as JSON" href="${options.twinUrl}">` : ""}
${options.jsonLd ? html`<script type="application/ld+json">${jsonScript(options.jsonLd)}</script>` : ""}
<script defer src="/assets/site.js"></script>
</head>
<body class="${options.bodyClass ?? ""}">
<a class="skip-link" href="#${PAGE_IDS.main}">Skip to content</a>
<header class="site-header">
  <a class="site-title" href="/">${graph.site.title}</a>
  <nav aria-label="Site">
    <ul>${graph.nav.map((n) => html`<li><a href="${n.url}"${n.url === meta.currentNav ? html` aria-current="page"` : ""}>${n.label}</a></li>`)}</ul>
  </nav>
  ${options.headerSearch === false ? "" : html`<form class="site-search" role="search" aria-label="Site search" action="/search/" method="get">
    <label for="${PAGE_IDS.siteSearchQ}">Search names, facts and quotes</label>
    <input id="${PAGE_IDS.siteSearchQ}" name="q" type="search" autocomplete="off" placeholder="Names, facts, quotes">
    <button type="submit">Search</button>
  </form>`}
</header>
<main id="${PAGE_IDS.main}" tabindex="-1"${options.indexed ? html` data-pagefind-body` : ""}>
${options.pagefindMeta ?? ""}
${content}
</main>
<footer class="site-footer">
  <p>Every fact on this site cites a verbatim passage of an archived news article. Dates say whether they are stated, inferred or added from outside the archive.</p>
  <p><a href="/corrections/">Corrections</a> · <a href="/feed.xml">Atom feed</a> · <a href="/data/">Download the data</a>${options.twinUrl ? html` · <a href="${options.twinUrl}">This page as JSON</a>` : ""} · Published ${graph.site.publishedText}</p>
  <div class="offline-save" hidden>
    <p><button type="button" class="offline-save-button">Save the whole site for reading offline</button></p>
    <progress class="offline-save-progress" hidden></progress>
    <p class="offline-save-status" role="status" aria-live="polite"></p>
  </div>
  <p class="print-only">Printed from ${meta.canonicalUrl}</p>
</footer>
</body>
</html>
`.value;
}
