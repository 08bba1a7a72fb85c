/**
 * Markdown from data is rendered with raw HTML off: a <script> in a YAML file is
 * shown as text. markdown-it already drops javascript:, vbscript: and file: links;
 * images are disabled because they would make the reader's browser request other hosts.
 */
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.disable(["image"]);

const SAFE_SCHEMES = /^(https?:|mailto:|#|\/|\.\.?\/)/i;
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && (SAFE_SCHEMES.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()));

export function renderInline(text: string): string {
  return md.renderInline(text);
}

export function renderBlock(text: string): string {
  return md.render(text);
}
