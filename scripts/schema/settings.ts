/** The files beside the entity folders: the site's settings and the redirects of moved URLs. */
import { z } from "zod";
import { IsoDay, Markdown, NonEmptyText } from "./primitives.ts";

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
  from: z.string().regex(/^\/[^#\s]*(#[A-Za-z0-9-]+)?$/, "must be a site path such as /people/old-id/ or /people/x/#fact-id"),
  to: z.string().regex(/^\/[^#\s]*(#[A-Za-z0-9-]+)?$/, "must be a site path such as /people/new-id/"),
  reason: Markdown,
});
export const Redirects = z.array(Redirect);

export type SiteSettings = z.infer<typeof SiteSettings>;
export type Redirect = z.infer<typeof Redirect>;

export const SETTINGS_FILE = "site.yaml";
export const REDIRECTS_FILE = "redirects.yaml";
export const PUBLISHED_URLS_FILE = "published-urls.txt";
