import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html, trusted } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { entityLink } from "../_includes/partials/entity-link.ts";

export const data = single("/corrections/");

export function render({ graph }: TemplateData): string {
  return layout(
    graph,
    { meta: graph.fixed.corrections },
    html`<h1>Corrections</h1>
<p>A corrected fact keeps its id and its link; the correction is dated and shown beside it. Corrections also appear in the <a href="/feed.xml">Atom feed</a>.</p>
${
      graph.corrections.length
        ? html`<ol class="corrections">${graph.corrections.map(
            ({ fact, correction }) => html`<li><strong>${correction.onText}</strong> — <a href="${fact.url}">${fact.text}</a> (on ${entityLink(fact.owner)}): ${trusted(correction.noteHtml)}</li>`,
          )}</ol>`
        : html`<p>No fact has been corrected since publication on ${graph.site.publishedText}.</p>`
    }`,
  );
}
