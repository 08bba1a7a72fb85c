// On a page that moved, send a fact anchor to where that fact lives now.
const anchors = JSON.parse(document.getElementById("moved-anchors")?.textContent ?? "{}") as Record<string, string>;
const target = anchors[location.hash.slice(1)];
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
if (target) location.replace(new URL(target, location.href).href);
else if (canonical) location.replace(canonical + location.hash);
