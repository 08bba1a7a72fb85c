import type { BrowserContext, Locator, Page } from "playwright-core";
export { launchBrowser } from "../../scripts/site/chromium.ts";

/** Every request a context makes, to prove the site never contacts another host. */
export function recordRequests(context: BrowserContext): URL[] {
  const seen: URL[] = [];
  context.on("request", (r) => seen.push(new URL(r.url())));
  return seen;
}

export function foreignRequests(requests: URL[], allowedHost: string): string[] {
  return requests.filter((u) => (u.protocol === "http:" || u.protocol === "https:") && u.host !== allowedHost).map((u) => u.href);
}

export async function waitForSearch(page: Page): Promise<void> {
  await page.waitForSelector("#search-app[data-ready]");
  // Attached, not visible: a search with no result leaves the list empty, and an empty list has no size.
  await page.waitForSelector("#search-results[aria-busy='false']", { state: "attached" });
}

export async function resultTitles(page: Page): Promise<string[]> {
  return page.$$eval("#search-results > li > a.result-title", (links) => links.map((a) => a.textContent?.trim() ?? ""));
}

/** Follows a link to a fact anchor and returns the element it landed on (checked to be the :target). */
export async function followToAnchor(page: Page, link: Locator): Promise<Locator> {
  const href = await link.getAttribute("href");
  if (!href || !/#[a-z0-9-]+$/.test(href)) throw new Error(`not a link to an anchor: ${href}`);
  const anchor = href.split("#")[1]!;
  await link.click();
  await page.waitForURL((u) => u.hash === `#${anchor}`);
  const target = page.locator(`[id="${anchor}"]`);
  await page.waitForFunction((id) => document.getElementById(id)?.matches(":target") === true, anchor);
  return target;
}
