// Opened from disk (file://), a folder link shows a directory listing: point links at index.html.
import { diskUrl } from "../../scripts/shared/url-scheme.ts";

export function setUpFileProtocol(): void {
  if (location.protocol !== "file:") return;
  document.documentElement.classList.add("from-disk");
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = a.getAttribute("href") ?? "";
    if (/^[a-z]+:/i.test(href) || href.startsWith("#")) continue;
    a.setAttribute("href", diskUrl(href));
  }
  for (const form of document.querySelectorAll<HTMLFormElement>("form[action]")) {
    form.setAttribute("action", diskUrl(form.getAttribute("action") ?? ""));
  }
}
