/**
 * Dates whose precision is carried by their shape: "2024", "2024-06", "2024-06-10".
 * Luxon does the calendar work so that 2024-02-30 is caught.
 */
import { DateTime } from "luxon";

export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Years 1900 to 2100: anything earlier or later is a typo (0000, 2204) in this dataset's domain. */
export const YEAR_RANGE_PATTERN = /^(?:19\d\d|20\d\d|2100)(?:-|$)/;

/**
 * A real day of the Gregorian calendar within that range, as a pattern so that
 * JSON Schema (and so the editor) can hold it: 29 February only in leap years,
 * which between 1900 and 2100 are the years divisible by 4 except 1900 and 2100.
 */
const YEAR = "(?:19\\d\\d|20\\d\\d|2100)";
const LEAP_YEAR = "(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))";
const MONTH_DAY = "(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)";
export const CALENDAR_PATTERN = new RegExp(`^(?:${YEAR}(?:-(?:0[1-9]|1[0-2]))?|${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`);

export type Precision = "year" | "month" | "day";

export function precisionOf(value: string): Precision {
  const parts = value.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}

function toDateTime(value: string): DateTime {
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  return DateTime.fromObject({ year, month, day }, { zone: "utc" });
}

/** Dates repeat across thousands of facts: each distinct value is worked out once. */
function memo<T>(compute: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = compute(value);
      cache.set(value, result);
    }
    return result;
  };
}

export const isRealPartialDate = memo((value: string): boolean => PARTIAL_DATE_PATTERN.test(value) && toDateTime(value).isValid);

/** The first and last day a partial date can mean, as ISO days. */
export const spanOf = memo((value: string): { earliest: string; latest: string } => {
  const start = toDateTime(value);
  const unit = precisionOf(value);
  return { earliest: start.toISODate()!, latest: start.endOf(unit).toISODate()! };
});

/** "14 December 2023", "June 2024", "2024". */
export const formatPartialDate = memo((value: string): string => {
  const unit = precisionOf(value);
  const dt = toDateTime(value).setLocale("en-GB");
  if (unit === "year") return dt.toFormat("yyyy");
  if (unit === "month") return dt.toFormat("LLLL yyyy");
  return dt.toFormat("d LLLL yyyy");
});

/** A key that sorts partial dates chronologically, coarser dates before finer ones within their span. */
export function sortKeyOf(value: string): string {
  return spanOf(value).earliest + "/" + value.length;
}
