// Progressive enhancements; every page works without them. A classic script, not a
// module: browsers refuse module scripts on pages opened from disk (file://).
import { setUpCiteButtons } from "./cite.ts";
import { setUpTimelineFilter } from "./timeline-filter.ts";
import { setUpFileProtocol } from "./file-protocol.ts";
import { setUpSearchPage } from "./search-page.ts";
import { setUpOfflineSave } from "./offline-save.ts";
import { highlightSearchWords } from "./highlight.ts";
import { SERVICE_WORKER_PATH } from "../../scripts/shared/contracts.ts";

const script = document.currentScript as HTMLScriptElement | null;
const root = new URL("../", script?.src ?? location.href);

setUpFileProtocol();
setUpCiteButtons();
setUpTimelineFilter();
void setUpSearchPage(root);
void highlightSearchWords(root);

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  // Offline reading is an extra; the site works without it. Offline, registering fails
  // (the worker's script cannot be re-checked) while the installed worker still serves.
  navigator.serviceWorker
    .register(new URL(SERVICE_WORKER_PATH, root), { scope: root.pathname })
    .catch(() => undefined)
    .then(() => setUpOfflineSave(root))
    .catch(() => undefined);
}
