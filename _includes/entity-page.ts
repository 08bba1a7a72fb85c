/** The page of any entity: the shell with its metadata, around the body its kind's renderer writes. */
import type { Kind } from "../scripts/schema/index.ts";
import type { SiteGraph } from "../scripts/graph/site-graph.ts";
import type { EntityPage, PageOf } from "../scripts/graph/pages/index.ts";
import { layout } from "./layout.ts";
import { pagefindMeta } from "./partials/entity-parts.ts";
import { ENTITY_BODIES } from "./entity-bodies.ts";
import { citePanel } from "./partials/cite-panel.ts";
import { html } from "./html.ts";

function bodyOf<K extends Kind>(page: PageOf<K>) {
  return ENTITY_BODIES[page.kind](page);
}

export function entityPage(graph: SiteGraph, page: EntityPage): string {
  return layout(graph, { meta: page.meta, indexed: true, twinUrl: page.twinUrl, jsonLd: page.jsonLd, pagefindMeta: pagefindMeta(page) }, html`${bodyOf(page)}
${citePanel(page.cite)}`);
}
