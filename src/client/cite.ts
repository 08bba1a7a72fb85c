// "Cite this fact": copies a ready citation (fact, its URL, its sources).
export function setUpCiteButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(".cite-button")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = button.dataset.citation ?? "";
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        copied = false;
      }
      const status = button.parentElement?.querySelector<HTMLElement>(".cite-status") ?? document.createElement("span");
      status.className = "cite-status";
      status.setAttribute("role", "status");
      status.textContent = copied ? "Citation copied." : `Copy this citation: ${text}`;
      button.after(status);
    });
  }
}
