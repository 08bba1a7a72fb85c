/** Page texts for the search that runs when the site is opened from disk: a script, which browsers allow from file://. */
import { single, type TemplateData } from "../_includes/graph-data.ts";
import { jsonScript } from "../_includes/html.ts";
import { OFFLINE_TEXT_GLOBAL, OFFLINE_TEXT_PATH } from "../scripts/shared/contracts.ts";

export const data = single(`/${OFFLINE_TEXT_PATH}`);

export function render({ graph }: TemplateData): string {
  return `window.${OFFLINE_TEXT_GLOBAL} = ${jsonScript(graph.offlineText).value};\n`;
}
