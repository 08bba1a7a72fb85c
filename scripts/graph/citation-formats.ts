/**
 * What a reader pastes: the same citation of a fact or a page in plain text,
 * BibTeX, RIS, CSL-JSON and as a Markdown link. Reference-manager formats come
 * from citation-js, so their escaping and field mapping are a maintained
 * library's, not ours. Each is a template whose access dates are tokens
 * (scripts/shared/access-date.ts): the reader's day is filled in at copy time.
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { accessToken, dayOf, formatAccessDate, splitAtAccessDates, type AccessDateStyle } from "../shared/access-date.ts";
import type { GraphContext } from "./context.ts";
import type { CitationView, FactView } from "./views.ts";

export type CiteFormatId = "text" | "bibtex" | "ris" | "csl-json" | "markdown";

/** Text, and access dates shown as the edition's day until the browser puts in the reader's. */
export type CitePart = string | { style: AccessDateStyle; text: string };

export interface CiteFormatView {
  id: CiteFormatId;
  label: string;
  parts: CitePart[];
}

export interface CitePanelView {
  /** "Cite this fact", "Cite this page". */
  title: string;
  versionText: string;
  /** The day the no-script access dates show: the edition's. */
  editionText: string;
  formats: CiteFormatView[];
}

/** What one citation is of: the fact or the page, its version and its sources. */
export interface CitedWork {
  key: string;
  title: string;
  absoluteUrl: string;
  /** ISO day of the version cited. */
  version: string;
  versionText: string;
  /** Said after the title in plain text: the fact's date and its basis, or the kind of page. */
  detail?: string;
  /** Plain-text lines on the sources, already in the site's words. */
  sources: string[];
}

// A date no source uses, written where the access date goes and then swapped for tokens.
const SENTINEL = [9999, 12, 31];
const SENTINEL_FORMS: Array<[RegExp, AccessDateStyle]> = [
  [/9999\/12\/31\//g, "ris"],
  [/9999,\s*12,\s*31/g, "csl"],
];

// Ids are hyphenated; citation-js refuses hyphens in a BibTeX key and would invent one from the title.
const bibtexKey = (id: string) => id.replace(/-/g, "_");

/**
 * citation-js wraps RIS values every 70 characters, mid-word; RIS readers take a line
 * without a tag as part of the one before, some with a space between. Our values have
 * no line breaks of their own, so each value goes back on one line, as RIS allows.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9]  -)/g, "");
}

const dateParts = (iso: string) => [iso.split("-").map(Number)];

/** "CNN, 14 December 2023: “quote”": the source as the view names it, with the words it rests on. */
export function sourceLines(citations: CitationView[]): string[] {
  return citations.map((c) => `${c.source.name}: “${c.quote}”`);
}

function cslItem(ctx: GraphContext, work: CitedWork, note: string): Record<string, unknown> {
  const site = ctx.settings.title;
  return {
    id: work.key,
    "citation-key": bibtexKey(work.key),
    type: "webpage",
    title: work.title,
    author: [{ literal: site }],
    "container-title": site,
    publisher: site,
    URL: work.absoluteUrl,
    issued: { "date-parts": dateParts(work.version) },
    accessed: { "date-parts": [SENTINEL] },
    note,
  };
}

function tokenised(text: string): string {
  return SENTINEL_FORMS.reduce((out, [pattern, style]) => out.replace(pattern, accessToken(style)), text);
}

const escapeMarkdown = (text: string) => text.replace(/([\\[\]*_`])/g, "\\$1");

/** The plain-text citation, as a template: also what the copy button beside a fact on an entity page copies. */
export function plainCitation(ctx: GraphContext, work: CitedWork): string {
  const sources = work.sources.length ? ` Sources: ${work.sources.join("; ")}.` : "";
  const close = work.detail ? ` (${work.detail}).` : /[.!?]$/.test(work.title) ? "" : ".";
  return `“${work.title}”${close} ${ctx.settings.title}, version of ${work.versionText}. ${work.absoluteUrl}.${sources} Accessed ${accessToken("long")}.`;
}

type CitableFact = Pick<FactView, "id" | "text" | "date" | "citations" | "pageAbsoluteUrl" | "version" | "versionText">;

export function factWork(fact: CitableFact): CitedWork {
  const detail = fact.date ? (fact.date.on ? `dated ${fact.date.text}, ${fact.date.basisLabel}` : "date unknown") : undefined;
  return { key: fact.id, title: fact.text, detail, absoluteUrl: fact.pageAbsoluteUrl, version: fact.version, versionText: fact.versionText, sources: sourceLines(fact.citations) };
}

/** Every format of one citation, ready for a page. The plain text is ours: no CSL style writes each source with its quote. */
export function citePanel(ctx: GraphContext, title: string, work: CitedWork): CitePanelView {
  const note = [`Version of ${work.versionText}.`, work.sources.length ? `Sources: ${work.sources.join("; ")}.` : ""].filter(Boolean).join(" ");
  const item = cslItem(ctx, work, note);
  // BibTeX has no access-date field: it goes in the note, as style guides ask.
  const bibtex = plugins.output.format("bibtex", [{ ...item, note: `${note} Accessed ${accessToken("iso")}.` }]).trim();
  const templates: Array<[CiteFormatId, string, string]> = [
    ["text", "Plain text", plainCitation(ctx, work)],
    ["bibtex", "BibTeX", bibtex],
    ["ris", "RIS", tokenised(unwrapRis(plugins.output.format("ris", [item]).trim()))],
    ["csl-json", "CSL-JSON", tokenised(plugins.output.format("data", [item]))],
    ["markdown", "Markdown link", `[${escapeMarkdown(work.title)}](${work.absoluteUrl}) — ${ctx.settings.title}, version of ${work.versionText}, accessed ${accessToken("long")}`],
  ];
  const edition = dayOf(ctx.settings.published);
  return {
    title,
    versionText: work.versionText,
    editionText: formatAccessDate(edition, "long"),
    formats: templates.map(([id, label, template]) => ({
      id,
      label,
      parts: splitAtAccessDates(template).map((p) => (typeof p === "string" ? p : { style: p.style, text: formatAccessDate(edition, p.style) })),
    })),
  };
}
