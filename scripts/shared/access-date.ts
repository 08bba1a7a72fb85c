/**
 * The access date in a citation is the reader's, not the build's: the build
 * writes a token where it goes, in the shape each format wants, and the page
 * fills it with the edition's date (for readers without scripts) while the
 * browser fills it with the day the reader copies.
 */

/** How a format writes a day: "3 December 2026", 2026-12-03, RIS 2026/12/03/, CSL date parts 2026, 12, 3. */
export type AccessDateStyle = "long" | "iso" | "ris" | "csl";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function accessToken(style: AccessDateStyle): string {
  return `[[accessed:${style}]]`;
}

const TOKEN = /\[\[accessed:(long|iso|ris|csl)\]\]/g;

const pad = (n: number) => String(n).padStart(2, "0");

export function formatAccessDate(day: Day, style: AccessDateStyle): string {
  const { year, month, day: d } = day;
  if (style === "long") return `${d} ${MONTHS[month - 1]} ${year}`;
  if (style === "iso") return `${year}-${pad(month)}-${pad(d)}`;
  if (style === "ris") return `${year}/${pad(month)}/${pad(d)}/`;
  return `${year}, ${month}, ${d}`;
}

/** "2026-11-22" as a day. */
export function dayOf(iso: string): Day {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

/** A citation's text split at its access dates, so a page can mark each one for the browser to refill. */
export function splitAtAccessDates(template: string): Array<string | { style: AccessDateStyle }> {
  const parts: Array<string | { style: AccessDateStyle }> = [];
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ style: match[1] as AccessDateStyle });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

export function fillAccessDates(template: string, day: Day): string {
  return template.replace(TOKEN, (_, style: AccessDateStyle) => formatAccessDate(day, style));
}
