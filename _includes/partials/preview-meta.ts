import { html, type Html } from "../html.ts";
import type { Preview } from "../../scripts/graph/views.ts";

/**
 * What a shared link previews as: Open Graph (read by most apps) and Twitter's
 * large card. `url` is the address the preview links to: the page's canonical
 * one, which for a moved page is the page it moved to.
 */
export function previewMeta(preview: Preview, url: string): Html {
  return html`<meta property="og:type" content="${preview.type}">
<meta property="og:site_name" content="${preview.siteName}">
<meta property="og:title" content="${preview.title}">
<meta property="og:description" content="${preview.description}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="${preview.image.url}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${String(preview.image.width)}">
<meta property="og:image:height" content="${String(preview.image.height)}">
<meta property="og:image:alt" content="${preview.image.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${preview.title}">
<meta name="twitter:description" content="${preview.description}">
<meta name="twitter:image" content="${preview.image.url}">
<meta name="twitter:image:alt" content="${preview.image.alt}">`;
}

/** The site's icon: SVG where browsers take it, a PNG for the rest. */
export function favicon(): Html {
  return html`<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/assets/favicon.png" type="image/png" sizes="32x32">
<link rel="apple-touch-icon" href="/assets/apple-touch-icon.png">`;
}
