import { html, type Html } from "../html.ts";
import type { CitationMeta } from "../../scripts/graph/views.ts";

/** Highwire Press and Dublin Core tags, the ones Zotero's connector reads, apart from the page's other head tags. */
export function citationMetaTags(meta: CitationMeta | undefined): Html {
  if (!meta) return html``;
  return html`<meta name="citation_title" content="${meta.title}">
<meta name="citation_publication_date" content="${meta.publicationDate}">
<meta name="citation_online_date" content="${meta.onlineDate}">
<meta name="citation_public_url" content="${meta.url}">
<meta name="citation_abstract_html_url" content="${meta.url}">
<meta name="citation_publisher" content="${meta.publisher}">
<meta name="DC.title" content="${meta.title}">
<meta name="DC.date" content="${meta.isoDate}">
<meta name="DC.identifier" content="${meta.url}">
<meta name="DC.publisher" content="${meta.publisher}">`;
}
