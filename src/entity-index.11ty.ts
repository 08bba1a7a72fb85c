/** One index page per entity type: the no-JavaScript way to everything. */
import type { PageData } from "../_includes/eleventy-data.ts";
import type { SiteGraph } from "../scripts/pipeline/views.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { dateText } from "../_includes/partials/date.ts";

type Index = SiteGraph["indexes"][number];

export const data = {
  pagination: { data: "graph.indexes", size: 1, alias: "index", addAllPagesToCollections: false },
  permalink: (d: { index: Index }) => d.index.url,
};

export function render({ graph, index }: PageData & { index: Index }): string {
  return layout(
    { graph, url: index.url, title: index.title, description: `All ${index.pages.length} ${index.title.toLowerCase()} in the fact sheets.` },
    html`<h1>${index.title}</h1>
<p>${index.pages.length} ${index.title.toLowerCase()}, in alphabetical order.</p>
<ul class="index-list">${index.pages.map((p) => {
      const detail =
        p.kind === "person" ? p.roles.map((r) => r.title).join("; ")
        : p.kind === "organization" ? p.orgKindLabel
        : p.kind === "proposal" ? html`${p.proposalKindLabel} · ${p.status.label}${p.date ? html` · ${dateText(p.date)}` : ""}`
        : p.kind === "meeting" ? html`${p.formatLabel} · ${p.statusLabel} · ${dateText(p.date)}`
        : html`${p.outlet.asStated ?? "outlet not named"} · ${dateText(p.published)}`;
      return html`<li><a href="${p.url}">${p.name}</a>${p.aliases.length ? html` <span class="aka">(also ${p.aliases.map((a) => a.name).join(", ")})</span>` : ""}<br><span class="detail">${detail}</span></li>`;
    })}</ul>`,
  );
}
