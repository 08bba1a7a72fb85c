import { single, type TemplateData } from "../_includes/graph-data.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";

export const data = single("/search/");

export function render({ graph }: TemplateData): string {
  return layout(
    graph,
    { meta: graph.fixed.search, headerSearch: false },
    html`<h1>Search</h1>
<div id="search-app" class="search-app" data-gram-shards="${graph.nameShardCounts.grams}" data-word-shards="${graph.nameShardCounts.words}">
<form id="search-form" role="search" aria-label="Search names, facts and quotes" action="/search/" method="get">
<label for="search-q">Names (any spelling), phrases or quotes</label>
<input id="search-q" name="q" type="search" autocomplete="off" aria-describedby="search-help" aria-controls="search-results">
<button type="submit">Search</button>
<details id="search-filter-panel" class="search-filter-panel" hidden>
<summary>Filter and order the results</summary>
<fieldset class="search-filters" id="search-filters"><legend class="visually-hidden">Filters and order</legend></fieldset>
</details>
</form>
<p id="search-help" class="help">Misspelled names are matched to the nearest name or alias, and roles find the person who held them.</p>
<p id="search-status" role="status" aria-live="polite" class="search-status"></p>
<p id="search-notice" class="search-notice"></p>
<div id="search-suggestions" class="search-suggestions"></div>
<ol id="search-results" class="search-results" aria-label="Search results"></ol>
<button type="button" id="search-more" hidden>Show more results</button>
</div>
<noscript><p>Search needs JavaScript. Every page is also reachable from the indexes: ${graph.indexes.map((i, n) => html`${n ? ", " : ""}<a href="${i.url}">${i.title}</a>`)}, and the <a href="/timeline/">timeline</a>.</p></noscript>`,
  );
}
