// Citations carry the reader's access date: the page shows the edition's day until
// this fills in today's, in the shape each format writes it, before anything is copied.
import { fillAccessDates, formatAccessDate, type AccessDateStyle, type Day } from "../../scripts/shared/access-date.ts";

function today(): Day {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function showStatus(after: HTMLElement, message: string): void {
  const status = after.parentElement?.querySelector<HTMLElement>(".cite-status") ?? document.createElement("span");
  status.className = "cite-status";
  status.setAttribute("role", "status");
  status.textContent = message;
  after.after(status);
}

/** Beside each fact on an entity page: copies its plain-text citation. */
function setUpFactButtons(day: Day): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(".cite-button")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = fillAccessDates(button.dataset.citation ?? "", day);
      showStatus(button, (await copy(text)) ? "Citation copied." : `Copy this citation: ${text}`);
    });
  }
}

/** The Cite panel: every format, with today as the access date, each with a copy button. */
function setUpPanels(day: Day): void {
  for (const panel of document.querySelectorAll<HTMLElement>(".cite-panel")) {
    for (const date of panel.querySelectorAll<HTMLElement>(".access-date")) date.textContent = formatAccessDate(day, date.dataset.style as AccessDateStyle);
    const note = panel.querySelector<HTMLElement>(".cite-access-note");
    if (note) note.textContent = "The access dates below are today's.";
    for (const format of panel.querySelectorAll<HTMLElement>(".cite-format")) {
      const button = format.querySelector<HTMLButtonElement>(".cite-copy");
      const text = format.querySelector<HTMLElement>(".cite-text");
      if (!button || !text) continue;
      button.hidden = false;
      button.addEventListener("click", async () => {
        const content = text.textContent ?? "";
        showStatus(button, (await copy(content)) ? "Copied." : "Select the text above and copy it.");
      });
    }
  }
}

export function setUpCiteButtons(): void {
  const day = today();
  setUpFactButtons(day);
  setUpPanels(day);
}
