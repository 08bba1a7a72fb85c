/**
 * Landing on a page from a search result: Pagefind's own highlighter marks the
 * query's words (it reads them from the URL). Its built-in <style> would break
 * the Content-Security-Policy, so the mark's look lives in site.css. From disk
 * the module cannot load, and the page reads unmarked.
 */
import { HIGHLIGHT_PARAM, PAGEFIND_HIGHLIGHT_PATH } from "../../scripts/shared/contracts.ts";

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export async function highlightSearchWords(root: URL): Promise<void> {
  if (location.protocol === "file:" || !new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  try {
    const module = (await import(/* @vite-ignore */ new URL(PAGEFIND_HIGHLIGHT_PATH, root).href)) as HighlightModule;
    new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    // Marking can move the text; keep a fact result's fact in view.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch {
    /* The page reads the same unmarked. */
  }
}
