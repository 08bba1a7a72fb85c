/**
 * The search that runs from disk matches folded words (no case, accents or
 * vowel points); its excerpts must find and mark those words in the text as
 * written, in every script, as Pagefind's do over HTTP.
 */
import { describe, expect, it } from "vitest";
import { fold, foldWithOrigins } from "../scripts/shared/names.ts";
import { offlineSearch } from "../src/client/offline-search.ts";
import type { OfflinePage } from "../scripts/shared/contracts.ts";

const QUOTE = "Hebrew reports call the country אֶקְזַמְפְּלַנְד, Arabic outlets write إكزامبلاند, and the Egyptian president is al-Sīsī.";
const page: OfflinePage = {
  url: "/organizations/exampleland/",
  title: "Exampleland",
  type: "Organization",
  names: ["Exampleland"],
  filters: { type: ["Organization"], person: [], organization: [], year: [] },
  facts: [{ id: "exampleland-scripts", text: "Reports write the name in their own scripts.", quotes: QUOTE }],
};

async function excerptFor(query: string): Promise<string | undefined> {
  const results = await offlineSearch([page]).run(query, {}, "");
  const [hit] = await results.slice(0, 1);
  return hit?.facts[0]?.excerpt;
}

describe("excerpts of the search from disk", () => {
  it("folds text keeping where each folded letter came from", () => {
    for (const text of [QUOTE, "  Al-Sīsī’s ", "בִּנְיָמִין נְתַנְיָהוּ", "Ça ira 𝒜"]) {
      const { folded, origins } = foldWithOrigins(text);
      expect(folded.split(/ +/).filter(Boolean).join(" ")).toBe(fold(text));
      expect(origins).toHaveLength(folded.length + 1);
      expect([...origins].sort((a, b) => a - b)).toEqual(origins);
    }
  });

  it.each([
    ["Hebrew without vowel points", "אקזמפלנד", "אֶקְזַמְפְּלַנְד"],
    ["Arabic without the hamza", "اكزامبلاند", "إكزامبلاند"],
    ["Arabic as written", "إكزامبلاند", "إكزامبلاند"],
    ["Latin without accents", "sisi", "Sīsī"],
  ])("mark a word typed %s in the quote as written", async (_, query, written) => {
    const excerpt = await excerptFor(query);
    expect(excerpt).toContain(`<mark>${written}</mark>`);
    const window = excerpt!.replace(/<\/?mark>/g, "").replace(/^…|…$/g, "");
    expect(window.length).toBeGreaterThan(30);
    expect(QUOTE).toContain(window);
  });
});
