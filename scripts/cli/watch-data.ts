/**
 * The watching session's process (`npm run watch` starts it, and starts it
 * again when code or templates change): one full build, then every save under
 * the data folder is answered incrementally, the edited page first.
 */
import { watch } from "node:fs";
import { formatProblems } from "../pipeline/problems.ts";
import { displayPath } from "../pipeline/load.ts";
import { SiteSession, type SessionEvent } from "../site/session.ts";
import { cliOptions } from "./options.ts";

const options = cliOptions();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function report(event: SessionEvent): void {
  switch (event.kind) {
    case "built":
      return console.log(`✓ Built ${event.pages} pages in ${seconds(event.ms)}.`);
    case "page-served":
      return console.log(`✓ ${event.url} updated in ${seconds(event.ms)}.`);
    case "site-updated":
      return console.log(`✓ ${event.pages} page${event.pages === 1 ? "" : "s"} re-rendered${event.removed ? `, ${event.removed} removed` : ""}, in ${seconds(event.ms)} from the save.`);
    case "search-updated":
      return console.log(`✓ Search updated in ${seconds(event.ms)} from the save.`);
    case "search-rebuilt":
      return console.log(`✓ Search index rebuilt in full (${seconds(event.ms)}).`);
    case "problems":
      console.error(formatProblems(event.problems));
      return console.error(`\nThe site was left as it was; fix the data and save again.`);
  }
}

const session = await SiteSession.start({ dataDir: options.dataDir, outDir: options.outDir, siteUrl: options.siteUrl, onEvent: report });
let timer: NodeJS.Timeout | undefined;
watch(options.dataDir, { recursive: true }, () => {
  clearTimeout(timer);
  // Editors write a file in several steps; wait for the last.
  timer = setTimeout(() => void session.sync().catch((error: unknown) => console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)), 30);
});
console.log(`Watching ${displayPath(options.dataDir)} for changes.`);
process.on("SIGTERM", () => void session.close().then(() => process.exit(0)));
