/**
 * `tsx scripts/cli/screenshots.ts [--out _site]`: the README's pictures, taken
 * in Chromium from a built site (light theme, 1000 px wide), one PNG per kind
 * of picture into docs/screenshots/.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser } from "../site/chromium.ts";
import { startStaticServer } from "../site/static-server.ts";
import { cliOptions } from "./options.ts";

const SHOTS = [
  { file: "timeline-chart.png", path: "timeline/", selector: "figure.picture" },
  { file: "network.png", path: "network/", selector: "figure.picture" },
  { file: "neighbourhood.png", path: "people/antony-blinken/", selector: "#picture-network figure" },
  { file: "lineage.png", path: "proposals/", selector: "figure.picture" },
];

const options = cliOptions({ dark: { type: "boolean" } });
const dir = resolve(import.meta.dirname, "../../docs/screenshots");
mkdirSync(dir, { recursive: true });
const server = await startStaticServer(options.outDir);
const browser = await launchBrowser();
try {
  // The page's own CSP forbids the style below; the screenshot lifts the scroll box so a wide picture shows whole.
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: options.values.dark ? "dark" : "light", bypassCSP: true });
  for (const shot of SHOTS) {
    await page.goto(new URL(shot.path, server.url).href);
    await page.addStyleTag({ content: "main { max-width: none } .picture-scroll { overflow: visible; display: inline-block }" });
    await page.locator(shot.selector).first().screenshot({ path: join(dir, shot.file) });
    console.log(`✓ docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
