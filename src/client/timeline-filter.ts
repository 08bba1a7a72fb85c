// Filter the timeline by person without a page reload; the choice lives in the URL.
export function setUpTimelineFilter(): void {
  const form = document.querySelector<HTMLFormElement>(".timeline-filter");
  const select = document.querySelector<HTMLSelectElement>("#timeline-person");
  const status = document.querySelector<HTMLElement>(".filter-status");
  if (!form || !select || !status) return;
  form.hidden = false;
  form.addEventListener("submit", (e) => e.preventDefault());
  const apply = () => {
    const person = select.value;
    let shown = 0;
    for (const entry of document.querySelectorAll<HTMLElement>(".timeline-entry")) {
      const match = person === "" || (entry.dataset.people ?? "").split(" ").includes(person);
      entry.hidden = !match;
      if (match) shown++;
    }
    for (const month of document.querySelectorAll<HTMLElement>(".timeline-month")) {
      month.hidden = month.querySelector(".timeline-entry:not([hidden])") === null;
    }
    status.textContent = person ? `${shown} events involving ${select.selectedOptions[0]?.textContent ?? person}.` : `${shown} events.`;
    const url = new URL(location.href);
    if (person) url.searchParams.set("person", person);
    else url.searchParams.delete("person");
    history.replaceState(null, "", url);
  };
  const initial = new URL(location.href).searchParams.get("person");
  if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;
  select.addEventListener("change", apply);
  apply();
}
