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

/**
 * The same texts are rendered again at every derive of a watching session (and
 * a note repeats across facts): each rendering is remembered, within a bound.
 */
function remembered(render: (text: string) => string, limit = 100_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let html = cache.get(text);
    if (html === undefined) {
      if (cache.size >= limit) cache.clear();
      html = render(text);
      cache.set(text, html);
    }
    return html;
  };
}

export const renderInline = remembered((text) => md.renderInline(text));
export const renderBlock = remembered((text) => md.render(text));

/** `[[id]]` in prose: data names an entity by id, readers see its name. */
export const MENTION = /\[\[([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)\]\]/g;

export interface Mentioned {
  name: string;
  url: string;
}

const escapeLabel = (label: string) => label.replace(/[\\[\]*_`<>&]/g, (c) => `\\${c}`);

/**
 * Prose rendered with its mentions resolved to links. The checks reject an
 * unknown `[[id]]` before the graph is derived, so one left unresolved here is
 * shown as it was written rather than guessed at.
 */
export function proseRenderer(resolve: (id: string) => Mentioned | undefined) {
  const substitute = (text: string) =>
    text.includes("[[")
      ? text.replace(MENTION, (whole, id: string) => {
          const target = resolve(id);
          return target ? `[${escapeLabel(target.name)}](${target.url})` : whole;
        })
      : text;
  return {
    inline: (text: string) => renderInline(substitute(text)),
    block: (text: string) => renderBlock(substitute(text)),
  };
}

/** The ids a text mentions, in order. */
export function mentionsIn(text: string): string[] {
  return [...text.matchAll(MENTION)].map((m) => m[1]!);
}
