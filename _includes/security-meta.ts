/**
 * What every HTML page the site writes carries in its head, layout or not:
 * scripts and styles from the site only (WebAssembly for Pagefind), no inline
 * script or style, no other host; and no address of ours leaves with a reader
 * who follows a link to a source elsewhere.
 */
import { html, type Html } from "./html.ts";

export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";
export const REFERRER_POLICY = "no-referrer";

export const securityMeta: Html = html`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="${REFERRER_POLICY}">`;
