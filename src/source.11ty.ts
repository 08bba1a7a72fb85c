import type { PageData } from "../_includes/eleventy-data.ts";
import type { SourcePage } from "../scripts/pipeline/views.ts";
import { html, trusted } from "../_includes/html.ts";
import { entityLayout, paginateEntities } from "../_includes/entity-page.ts";
import { entityLink } from "../_includes/partials/entity-link.ts";
import { dateDetails } from "../_includes/partials/date.ts";
import { factReference, factSection, disagreementSection, movedAnchors } from "../_includes/partials/facts.ts";
import { aliasSection, backlinkSections, pageHeader } from "../_includes/partials/entity-parts.ts";

export const data = paginateEntities("sources", "source");

export function render({ graph, source }: PageData & { source: SourcePage }): string {
  const s = source;
  return entityLayout(
    graph,
    s,
    html`<article class="entity source">
${pageHeader(s, "Archived article")}
<dl class="summary">
<dt data-pagefind-ignore>Outlet as stated</dt><dd>${s.outlet.asStated ?? "Not named in the text"}${s.outlet.organization ? html` (${entityLink(s.outlet.organization)})` : ""}${s.outlet.noteHtml ? html`<div>${trusted(s.outlet.noteHtml)}</div>` : ""}</dd>
<dt data-pagefind-ignore>Published</dt><dd>${dateDetails(s.published)}</dd>
${s.language ? html`<dt data-pagefind-ignore>Language</dt><dd>${s.language}</dd>` : ""}
<dt data-pagefind-ignore>Archive file</dt><dd><code>${s.archive.file}</code><br><span class="sha">sha256 <code>${s.archive.sha256}</code></span></dd>
</dl>
<section aria-labelledby="quality"><h2 id="quality">How far to trust this text</h2>${
      s.quality.length
        ? html`<ul class="quality">${s.quality.map((q) => html`<li><strong class="label label-${q.label}">${q.labelText}</strong> — ${trusted(q.noteHtml)}</li>`)}</ul>`
        : html`<p>No quality problems recorded.</p>`
    }</section>
${aliasSection(s)}
${factSection("Facts about this source", "facts", s.facts)}
${disagreementSection(s.disagreements)}
<section aria-labelledby="excluded"><h2 id="excluded">Passages excluded as noise</h2>${
      s.excluded.length
        ? html`<ul class="excluded">${s.excluded.map((x) => html`<li><q class="quote">${x.quote}</q> — ${trusted(x.reasonHtml)}</li>`)}</ul>`
        : html`<p class="empty">None.</p>`
    }</section>
<section aria-labelledby="citing-facts" data-pagefind-ignore><h2 id="citing-facts">Every fact that cites this source (${s.citingFacts.length})</h2>${
      s.citingFacts.length
        ? html`<ol class="fact-refs">${s.citingFacts.map((c) => factReference(c.fact, c.quotes))}</ol>`
        : html`<p class="empty">No fact cites this source.</p>`
    }</section>
${movedAnchors(s.moved)}
${backlinkSections(s)}
</article>`,
  );
}
