// Progressive enhancements; every page works without them.
import { setUpCiteButtons } from "./cite.ts";
import { setUpTimelineFilter } from "./timeline-filter.ts";
import { setUpFileProtocol } from "./file-protocol.ts";
import { setUpSearchPage } from "./search-page.ts";

const root = new URL("../", import.meta.url);

setUpFileProtocol();
setUpCiteButtons();
setUpTimelineFilter();
void setUpSearchPage(root);

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname }).catch(() => {
    /* Offline reading is an extra; the site works without it. */
  });
}
