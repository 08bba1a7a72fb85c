import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html, trusted } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { dateText } from "../_includes/partials/date.ts";

export const data = single("/");

export function render({ graph }: TemplateData): string {
  return layout(
    graph,
    { meta: graph.fixed.home },
    html`<h1>${graph.site.title}</h1>
<p class="lede">${trusted(graph.site.descriptionHtml)}</p>
<p>Each page gathers what the archived sources say about one person, organization, proposal, meeting or source. Every fact links to itself and quotes the passage it rests on; where sources disagree, both readings are shown with the one preferred and why.</p>
<form class="home-search" role="search" aria-label="Search the fact sheets" action="/search/" method="get">
<label for="home-search-q">Search by name (any spelling), phrase or quote</label>
<input id="home-search-q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>
<section aria-labelledby="counts"><h2 id="counts">What is covered</h2>
<ul class="counts">${graph.counts.map((c) => html`<li><a href="${c.url}"><strong>${c.count}</strong> ${c.label}</a></li>`)}</ul></section>
<section aria-labelledby="recent"><h2 id="recent">Most recent events</h2>
<ol class="recent">${graph.recent.map((e) => html`<li>${dateText(e.date)} — <a href="${e.url}">${e.title}</a> <span class="kind">${e.kindLabel}</span></li>`)}</ol>
<p><a href="/timeline/">The full timeline</a></p></section>
<section aria-labelledby="use"><h2 id="use">Using these pages</h2>
<ul>
<li>Link to any single fact: every fact has a “Link to this fact” anchor that never changes.</li>
<li>Download the whole dataset as JSON or CSV from <a href="/data/">Data</a>; each page also has a JSON twin.</li>
<li>New facts and corrections arrive in the <a href="/feed.xml">Atom feed</a>; all corrections are listed on <a href="/corrections/">Corrections</a>.</li>
</ul></section>`,
  );
}
