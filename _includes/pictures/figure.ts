/**
 * The frame every picture shares: a figure whose SVG keeps its natural size
 * inside a container that scrolls sideways on a narrow screen (text is never
 * shrunk), a title and description for assistive technology, and a caption.
 * Pictures are left out of the search index: the lists beside them hold the
 * same words.
 */
import { html, type Html } from "../html.ts";

export interface Frame {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
}

export function figure(frame: Frame, content: Html, caption: Html, legend: Html = html``): Html {
  const { id } = frame;
  return html`<figure class="picture" data-pagefind-ignore>
<div class="picture-scroll">
<svg xmlns="http://www.w3.org/2000/svg" class="picture-svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">
<title id="${id}-title">${frame.title}</title>
<desc id="${id}-desc">${frame.description}</desc>
${content}
</svg>
</div>
${legend}
<figcaption>${caption}</figcaption>
</figure>`;
}

/** A link in a picture: focusable, and its <title> both names it for screen readers and shows on hover. */
export function pictureLink(url: string, label: string, content: Html, extra: Html = html``): Html {
  return html`<a href="${url}"${extra}><title>${label}</title>${content}</a>`;
}

/** A legend entry: a small drawing beside its words. */
export function legendItem(swatch: Html, text: string): Html {
  return html`<li><svg xmlns="http://www.w3.org/2000/svg" class="legend-swatch" width="30" height="16" viewBox="0 0 30 16" aria-hidden="true" focusable="false">${swatch}</svg> ${text}</li>`;
}

export function legend(label: string, items: Html[]): Html {
  return html`<div class="picture-legend"><p class="legend-label">${label}</p><ul>${items}</ul></div>`;
}

/** A coordinate offset from a laid-out one, to one decimal like the layout's own. */
export function at(n: number): number {
  return Math.round(n * 10) / 10;
}
