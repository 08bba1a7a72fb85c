/**
 * A file that fails its schema still goes on to the checks that follow
 * (unique ids, anchors, date order, references, the archive), so that one run
 * reports every problem in it rather than one stage's at a time. What cannot
 * be trusted is set aside first: the smallest field or list entry that holds
 * each schema problem. The salvaged entity is only ever checked, never built:
 * the schema problems already stop the build.
 */
import type { z } from "zod";

type Path = ReadonlyArray<PropertyKey>;

const SET_ASIDE = Symbol("set aside");
/** Each round sets aside one level more; deeper nesting than this is given up on. */
const MAX_ROUNDS = 8;

function isMissing(issue: z.core.$ZodIssue): boolean {
  return (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
}

function parentOf(root: unknown, path: Path): Record<PropertyKey, unknown> | undefined {
  let value = root;
  for (const part of path.slice(0, -1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>) : undefined;
}

function setAside(root: unknown, path: Path): void {
  const parent = parentOf(root, path);
  const last = path[path.length - 1]!;
  if (!parent) return;
  // List entries are marked, not spliced, so the other issues' indexes stay right in this round.
  if (Array.isArray(parent)) parent[last as number] = SET_ASIDE;
  else delete parent[last];
}

function replaceAt(root: unknown, path: Path, value: unknown): void {
  const parent = parentOf(root, path);
  if (parent) parent[path[path.length - 1]!] = value;
}

/**
 * A date claim that cannot be read stands in as "unknown", which every date
 * field accepts and no date check reads, so a required date (a meeting's, a
 * source's) does not take the whole entity with it.
 */
const UNKNOWN_DATE = { basis: "unknown", note: "Set aside: this date has a problem reported above." };

/** The path of the date claim an issue sits in, if it does. */
function dateClaimOf(root: unknown, issue: z.core.$ZodIssue): Path | undefined {
  const path = issue.path;
  if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator === "basis") return path[path.length - 1] === "basis" ? path.slice(0, -1) : path;
  const holder = parentOf(root, path);
  return holder && !Array.isArray(holder) && "basis" in holder ? path.slice(0, -1) : undefined;
}

function dropMarked(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== SET_ASIDE).map(dropMarked);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = dropMarked(v);
  return out;
}

/**
 * A date set aside takes its citations with it, but they are checked like any
 * other (sources, quotes): they go back on the stand-in, which only checks read.
 */
function withCitationsBack<T>(entity: T, dates: readonly { path: Path; citations: unknown[] }[]): T {
  for (const { path, citations } of dates) {
    const holder = parentOf(entity, [...path, "basis"]);
    if (holder && holder.note === UNKNOWN_DATE.note) holder.citations = citations;
  }
  return entity;
}

const keyOf = (path: Path) => JSON.stringify(path.map(String));

/** The entity without its invalid parts, or undefined when what is wrong is the whole of it. */
export function salvage<S extends z.ZodType>(data: unknown, schema: S, issues: readonly z.core.$ZodIssue[]): z.output<S> | undefined {
  let current: unknown = structuredClone(data);
  let pending = issues;
  const setAsideBefore = new Set<string>();
  const citationsOfDates: { path: Path; citations: unknown[] }[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const issue of pending) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) setAside(current, [...issue.path, key]);
        continue;
      }
      const date = dateClaimOf(current, issue);
      if (date && date.length > 0) {
        const claim = parentOf(current, [...date, "basis"]);
        if (claim && Array.isArray(claim.citations)) citationsOfDates.push({ path: date, citations: claim.citations });
        replaceAt(current, date, { ...UNKNOWN_DATE });
        continue;
      }
      // An enum value that is not allowed stands in as an allowed one: no later check reads enums.
      if (issue.code === "invalid_value" && issue.input !== undefined && issue.values.length > 0) {
        replaceAt(current, issue.path, issue.values[0]);
        continue;
      }
      // A required field cannot be set aside on its own: what holds it goes instead.
      let target: Path = isMissing(issue) ? issue.path.slice(0, -1) : issue.path;
      while (target.length > 0 && setAsideBefore.has(keyOf(target))) target = target.slice(0, -1);
      if (target.length === 0) return undefined;
      setAsideBefore.add(keyOf(target));
      setAside(current, target);
    }
    current = dropMarked(current);
    const result = schema.safeParse(current);
    if (result.success) return withCitationsBack(result.data, citationsOfDates);
    pending = result.error.issues;
  }
  return undefined;
}
