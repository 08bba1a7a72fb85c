/** schema.org descriptions of each entity page, from the validated entity, with the archived sources as citations. */
import { DEFINITIONS, jsonLdOf, type EntityLookup } from "../schema/index.ts";
import type { ValidEntity } from "../pipeline/validate.ts";
import type { GraphContext } from "./context.ts";
import type { EntityLink } from "./views.ts";

/** How machine-readable outputs refer to other entities: by public URL, or as a schema.org node. */
export function entityLookup(ctx: GraphContext): EntityLookup {
  return {
    url: (id) => ctx.link(id).absoluteUrl,
    node: (id) => {
      const l = ctx.link(id);
      return { "@type": DEFINITIONS[l.kind].jsonLd.type, "@id": l.absoluteUrl, name: l.name };
    },
  };
}

export function jsonLdFor(
  e: ValidEntity,
  page: { link: EntityLink; description: string; sources: EntityLink[] },
  ctx: GraphContext,
  lookup: EntityLookup,
): Record<string, unknown> {
  const url = page.link.absoluteUrl;
  const citation = page.sources.map((s) => ({ "@type": "CreativeWork", "@id": s.absoluteUrl, name: s.name }));
  return {
    "@context": "https://schema.org",
    "@id": url,
    url,
    name: page.link.name,
    alternateName: (e.entity.aliases ?? []).map((a) => a.name),
    description: page.description,
    subjectOf: { "@type": "WebPage", url, isPartOf: { "@type": "WebSite", name: ctx.settings.title }, citation },
    ...jsonLdOf(e.kind, e.entity, lookup, citation),
  };
}
