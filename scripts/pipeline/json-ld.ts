/** schema.org descriptions of each page, with the archived sources as citations. */
import type * as V from "./views.ts";

export function jsonLdFor(page: V.EntityPage, absolute: (url: string) => string, siteTitle: string): Record<string, unknown> {
  const ref = (l: V.EntityLink) => ({ "@id": absolute(l.url), name: l.name });
  const citation = page.sources.map((s) => ({ "@type": "CreativeWork", "@id": absolute(s.url), name: s.name }));
  const common = {
    "@context": "https://schema.org",
    "@id": absolute(page.url),
    url: absolute(page.url),
    name: page.name,
    alternateName: page.aliases.map((a) => a.name),
    description: page.description,
    subjectOf: { "@type": "WebPage", url: absolute(page.url), isPartOf: { "@type": "WebSite", name: siteTitle }, citation },
  };
  switch (page.kind) {
    case "person":
      return {
        ...common,
        "@type": "Person",
        jobTitle: page.roles.map((r) => r.title),
        affiliation: page.roles.flatMap((r) => (r.organization ? [{ "@type": "Organization", ...ref(r.organization) }] : [])),
      };
    case "organization":
      return { ...common, "@type": "Organization", parentOrganization: page.parent ? { "@type": "Organization", ...ref(page.parent) } : undefined };
    case "meeting":
      return {
        ...common,
        "@type": "Event",
        startDate: page.date.on,
        endDate: page.end?.on,
        eventStatus: page.status === "cancelled" ? "https://schema.org/EventCancelled" : page.status === "scheduled" ? "https://schema.org/EventScheduled" : undefined,
        location: page.place ? { "@type": "Place", name: page.place.name } : undefined,
        attendee: page.participants.map((p) => ({ "@type": p.entity.kind === "person" ? "Person" : "Organization", ...ref(p.entity) })),
      };
    case "proposal":
      return {
        ...common,
        "@type": "CreativeWork",
        genre: page.proposalKindLabel,
        dateCreated: page.date?.on,
        author: page.proposedBy.map((p) => ({ "@type": p.kind === "person" ? "Person" : "Organization", ...ref(p) })),
        citation,
      };
    case "source":
      return {
        ...common,
        "@type": "CreativeWork",
        headline: page.title,
        datePublished: page.published.on,
        publisher: page.outlet.asStated ? { "@type": "Organization", name: page.outlet.asStated } : undefined,
      };
  }
}
