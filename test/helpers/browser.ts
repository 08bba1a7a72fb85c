import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, driven by playwright-core; no browser is ever downloaded. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
}

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
  await page.waitForSelector("#search-results[aria-busy='false']");
}

export async function resultTitles(page: Page): Promise<string[]> {
  return page.$$eval("#search-results > li > a.result-title", (links) => links.map((a) => a.textContent?.trim() ?? ""));
}
