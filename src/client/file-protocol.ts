// Opened from disk (file://), a folder link shows a directory listing: point links at index.html.
export function setUpFileProtocol(): void {
  if (location.protocol !== "file:") return;
  document.documentElement.classList.add("from-disk");
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = a.getAttribute("href") ?? "";
    if (/^[a-z]+:/i.test(href) || href.startsWith("#")) continue;
    const [path, hash = ""] = href.split("#") as [string, string?];
    if (path.endsWith("/")) a.setAttribute("href", `${path}index.html${hash ? `#${hash}` : ""}`);
  }
  for (const form of document.querySelectorAll<HTMLFormElement>("form[action]")) {
    const action = form.getAttribute("action") ?? "";
    if (action.endsWith("/")) form.setAttribute("action", `${action}index.html`);
  }
}
