/** The files beside the entity folders: the site's settings and the redirects of moved URLs. */
import { z } from "zod";
import { BIDI_MESSAGE, IsoDay, Markdown, NO_BIDI_CONTROLS, NonEmptyText } from "./primitives.ts";

export const SiteSettings = z.strictObject({
  title: NonEmptyText,
  description: Markdown,
  published: IsoDay.describe("The dataset's publication day; the default `added` date of facts."),
  license: z
    .strictObject({
      name: NonEmptyText.describe("Its SPDX identifier, e.g. CC-BY-4.0."),
      title: NonEmptyText,
      path: z.url().describe("Where its text is published."),
    })
    .optional()
    .describe("The licence the downloadable data is offered under; the data page and the data package state it."),
});

export const Redirect = z.strictObject({
  from: z.string().regex(/^\/[^#\s]*(#[A-Za-z0-9-]+)?$/, "must be a site path such as /people/old-id/ or /people/x/#fact-id").regex(NO_BIDI_CONTROLS, BIDI_MESSAGE),
  to: z.string().regex(/^\/[^#\s]*(#[A-Za-z0-9-]+)?$/, "must be a site path such as /people/new-id/").regex(NO_BIDI_CONTROLS, BIDI_MESSAGE),
  reason: Markdown,
});
export const Redirects = z.array(Redirect);

/**
 * Where each cited passage starts in its archived article: source id → a short
 * hash of the quote (normalised as verify matches it) → [paragraph, character].
 * Written by `npm run verify`, so pages can list passages in the article's
 * order on machines without the archive; hashes, so no article text is copied.
 */
export const QuotePositions = z.record(z.string(), z.record(z.string().regex(/^[0-9a-f]{12}$/), z.tuple([z.number().int().min(0), z.number().int().min(0)])));
export type QuotePositions = z.infer<typeof QuotePositions>;

export type SiteSettings = z.infer<typeof SiteSettings>;
export type Redirect = z.infer<typeof Redirect>;

export const SETTINGS_FILE = "site.yaml";
export const REDIRECTS_FILE = "redirects.yaml";
export const PUBLISHED_URLS_FILE = "published-urls.txt";
/** Beside the URL manifest: what each published fact said, so a change without a dated correction is caught. */
export const FACT_VERSIONS_FILE = "fact-versions.txt";
export const QUOTE_POSITIONS_FILE = "quote-positions.json";
