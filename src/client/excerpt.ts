/** Pagefind excerpts mark matches with <mark>; rebuild them as DOM nodes so nothing else in them can become markup. */
export function renderExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, "text/html");
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") fragment.append(Object.assign(document.createElement("mark"), { textContent: node.textContent ?? "" }));
    else fragment.append(document.createTextNode(node.textContent ?? ""));
  }
  return fragment;
}
