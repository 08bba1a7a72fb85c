// On a page that moved: a fact anchor goes to where that fact lives now; any other
// visit follows the page's own refresh target, keeping the anchor.
import { MOVED_ANCHORS_ID } from "../../scripts/shared/contracts.ts";

const anchors = JSON.parse(document.getElementById(MOVED_ANCHORS_ID)?.textContent ?? "{}") as Record<string, string>;
const refresh = document.querySelector<HTMLMetaElement>('meta[http-equiv="refresh"]')?.content.split("url=")[1];
const target = anchors[location.hash.slice(1)] ?? (refresh ? refresh + location.hash : undefined);
if (target) location.replace(new URL(target, location.href).href);
