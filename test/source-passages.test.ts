/**
 * A source page lists the passages facts cite, in the article's order, each
 * with the facts that use it, and quotes nothing else of the article. The
 * order comes from the committed record verify writes, so it holds without
 * the archive; with the archive, it is checked against the article itself.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { readPage } from "./helpers/site.ts";
import { archiveDir, BUNDLED_DATA } from "./helpers/paths.ts";
import { archiveExists, normalizeForQuote, quoteKey, quotePosition, readArchivedText } from "../scripts/pipeline/archive/archive.ts";
import { checkData } from "../scripts/pipeline/check-data.ts";
import { QUOTE_POSITIONS_FILE, type QuotePositions } from "../scripts/schema/index.ts";

const bundled = inject("bundledSite");
const positions = JSON.parse(readFileSync(join(BUNDLED_DATA, QUOTE_POSITIONS_FILE), "utf8")) as QuotePositions;
const archive = archiveDir();

function passagesOn(sourceId: string): Array<{ quote: string; facts: string[] }> {
  const page = parse(readPage(bundled, `sources/${sourceId}/`));
  return page.querySelectorAll("li.cited-passage").map((li) => ({
    quote: li.querySelector("q.quote")!.textContent,
    facts: li.querySelectorAll("a.fact-ref-link").map((a) => a.getAttribute("href")!.split("#")[1]!),
  }));
}

/** Every quote each fact cites from the source, by fact id. */
function citedBy(sourceId: string): Map<string, Set<string>> {
  const quotes = new Map<string, Set<string>>();
  const visit = (value: unknown, factId: string | undefined): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, factId));
    if (!value || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    const id = typeof record.text === "string" && Array.isArray(record.citations) && typeof record.id === "string" ? record.id : factId;
    if (Array.isArray(record.citations) && id && typeof record.text === "string") {
      for (const c of record.citations as Array<{ source: string; quote: string }>) {
        if (c.source !== sourceId) continue;
        const set = quotes.get(normalizeForQuote(c.quote)) ?? new Set<string>();
        set.add(id);
        quotes.set(normalizeForQuote(c.quote), set);
      }
    }
    for (const key in record) if (key !== "citations") visit(record[key], id);
  };
  for (const e of checkData(BUNDLED_DATA).linked.entities) for (const field of ["facts", "terms", "positions", "stickingPoints", "topics", "outcomes", "statements"]) visit((e.entity as Record<string, unknown>)[field], undefined);
  return quotes;
}

describe("a source page's cited passages", () => {
  for (const sourceId of ["source-000", "source-001", "source-002", "source-004"]) {
    it(`${sourceId}: each passage facts cite, once, with exactly the facts that cite it, and no other text of the article`, () => {
      const shown = passagesOn(sourceId);
      const expected = citedBy(sourceId);
      expect(shown.length).toBeGreaterThan(5);
      expect(new Set(shown.map((p) => normalizeForQuote(p.quote)))).toEqual(new Set(expected.keys()));
      for (const p of shown) expect(new Set(p.facts), p.quote).toEqual(expected.get(normalizeForQuote(p.quote)));
    });

    it(`${sourceId}: in the article's order, as the committed record has it`, () => {
      const at = passagesOn(sourceId).map((p) => positions[sourceId]![quoteKey(p.quote)]!);
      expect(at.every(Boolean)).toBe(true);
      const sorted = [...at].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(at).toEqual(sorted);
    });
  }

  it.skipIf(!archiveExists(archive))("the record agrees with the archived articles themselves", () => {
    const shown = passagesOn("source-004");
    const text = readArchivedText(archive, "004_7c9585aa38a3eeec.txt")!;
    const at = shown.map((p) => quotePosition(text, p.quote)!);
    expect(at).toEqual([...at].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    for (const [i, p] of shown.entries()) expect(positions["source-004"]![quoteKey(p.quote)]).toEqual(at[i]);
  });
});
