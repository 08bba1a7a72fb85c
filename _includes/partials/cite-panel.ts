import { PAGE_IDS } from "../../scripts/shared/page-ids.ts";
import { html, type Html } from "../html.ts";
import type { CiteFormatId, CitePanelView } from "../../scripts/graph/citation-formats.ts";

/**
 * "Cite this fact" / "Cite this page": every format, readable and selectable
 * without scripts. Access dates are marked so the browser can put in the
 * reader's day; the copy buttons appear only where a script can copy.
 */
/** Formats a reference manager imports: behind a disclosure, since their keys and fields are for software, not for reading. */
const FOR_REFERENCE_MANAGERS: ReadonlySet<CiteFormatId> = new Set(["bibtex", "ris", "csl-json"]);

const format = (f: CitePanelView["formats"][number]) => html`<div class="cite-format" data-format="${f.id}">
<h3 id="cite-${f.id}">${f.label}</h3>
<pre class="cite-text" aria-labelledby="cite-${f.id}" tabindex="0">${f.parts.map((p) => (typeof p === "string" ? p : html`<span class="access-date" data-style="${p.style}">${p.text}</span>`))}</pre>
<p class="cite-tools"><button type="button" class="cite-copy" hidden>Copy<span class="visually-hidden"> ${f.label}</span></button></p>
</div>`;

export function citePanel(panel: CitePanelView): Html {
  return html`<section class="cite-panel" id="${PAGE_IDS.cite}" aria-labelledby="${PAGE_IDS.citeHeading}" data-pagefind-ignore="all">
<h2 id="${PAGE_IDS.citeHeading}">${panel.title}</h2>
<p class="cite-version">This is the version of ${panel.versionText}.</p>
<p class="cite-access-note">The access dates below are the day this edition was published, ${panel.editionText}; copy a citation with its button to have the day you read it instead.</p>
${panel.formats.filter((f) => !FOR_REFERENCE_MANAGERS.has(f.id)).map(format)}
<details class="cite-more">
<summary>BibTeX, RIS and CSL-JSON, for reference managers</summary>
${panel.formats.filter((f) => FOR_REFERENCE_MANAGERS.has(f.id)).map(format)}
</details>
</section>`;
}
