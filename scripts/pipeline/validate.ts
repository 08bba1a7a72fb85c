/**
 * Checks each file against its schema and turns zod's issues into problems a
 * curator can act on: the field, what is wrong, and what to do.
 */
import { ZodDiscriminatedUnion, type z } from "zod";
import { DATE_FORMS, KINDS, type EntityOf, type Kind } from "../schema/index.ts";
import { objectShapeAt, unwrap } from "../schema/schema-walk.ts";
import type { EntityFile, YamlFile } from "./load.ts";
import { locate } from "./positions.ts";
import { formatFieldPath, type Problem } from "./problems.ts";
import { didYouMean } from "./closest.ts";
import { salvage } from "./salvage.ts";

/** An entity that passed its schema, with the file it came from; `kind` tells its type apart. */
export type ValidEntity = { [K in Kind]: { kind: K; file: string; source: EntityFile; entity: EntityOf<K> } }[Kind];

function describeField(schema: z.ZodType | undefined): string {
  const description = schema ? (schema as { description?: string }).description : undefined;
  return description ? ` (${description})` : "";
}

const EXPECTED: Record<string, string> = {
  array: "a list (lines starting with '- ')",
  object: "a mapping of fields (indented lines of name: value)",
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
};

const DATE_CLAIM_HINT =
  `Give a date with its basis, e.g. { basis: stated, on: 2024-06-10, citations: [...] }; the basis is stated, inferred, outside or unknown ` +
  `(docs/DATA.md, "Dates"), and on is written ${DATE_FORMS}.`;

function isDateClaim(schema: z.ZodType | undefined): boolean {
  const inner = schema ? unwrap(schema) : undefined;
  return inner instanceof ZodDiscriminatedUnion && inner.def.discriminator === "basis";
}

function received(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return `the text "${input.length > 40 ? input.slice(0, 40) + "…" : input}"`;
  return `${typeof input} ${String(input)}`;
}

function issueToProblems(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  file: YamlFile,
  entityId: string | undefined,
): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const base = { file: file.file, entity: entityId };
  if (issue.code === "unrecognized_keys") {
    const shape = objectShapeAt(schema, path, file.data) ?? {};
    const known = Object.keys(shape);
    return issue.keys.map((key) => ({
      ...base,
      field: formatFieldPath([...path, key]),
      ...locate(file, path, key),
      message: `unknown field "${key}"`,
      hint: `${didYouMean(key, known) || "Remove it or rename it."} Known fields here: ${known.join(", ")}.`,
    }));
  }
  const where = { ...base, field: formatFieldPath(path), ...locate(file, path) };
  if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
    const key = issue.discriminator;
    const fieldPath = path[path.length - 1] === key ? path : [...path, key];
    return [
      {
        ...where,
        field: formatFieldPath(fieldPath),
        message: `"${key}" is missing or not one of the known values`,
        hint: `Set ${key} to one of: stated, inferred, outside, unknown (see docs/DATA.md, "Dates").`,
      },
    ];
  }
  const parentShape = objectShapeAt(schema, path.slice(0, -1), file.data);
  const last = path[path.length - 1];
  const fieldSchema = typeof last === "string" ? parentShape?.[last] : undefined;
  // An empty value (`title:` with nothing after it, as a stub leaves it) is as missing as an absent one.
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && (issue.input === undefined || issue.input === null)) {
    const expected = issue.code === "invalid_value" ? `one of ${issue.values.map(String).join(", ")}` : issue.expected;
    return [
      {
        ...where,
        message: `missing required field "${String(last ?? "")}"`,
        hint: `Add "${String(last ?? "")}"${describeField(fieldSchema)}; expected ${expected}.`,
      },
    ];
  }
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) {
      return [
        {
          ...where,
          message: `missing required field "${String(last ?? "")}"`,
          hint: `Add "${String(last ?? "")}"${describeField(fieldSchema)}; expected ${issue.expected}.`,
        },
      ];
    }
    return [
      {
        ...where,
        message: `wrong type: expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${received(issue.input)}`,
        hint: isDateClaim(fieldSchema) ? DATE_CLAIM_HINT : `Give ${EXPECTED[issue.expected] ?? issue.expected}${describeField(fieldSchema)}.`,
      },
    ];
  }
  if (issue.code === "invalid_value" && issue.input !== null && typeof issue.input === "object") {
    const values = issue.values.map(String);
    const only = Array.isArray(issue.input) && issue.input.length === 1 && typeof issue.input[0] === "string" ? issue.input[0] : undefined;
    return [
      {
        ...where,
        message: `"${String(last ?? "value")}" takes a single value, one of ${values.join(", ")}, but got ${received(issue.input)}`,
        hint: only !== undefined && values.includes(only) ? `Write it without brackets: ${String(last)}: ${only}` : `Write one of: ${values.join(", ")}, without brackets.`,
      },
    ];
  }
  if (issue.code === "too_big" && issue.origin === "string") {
    const length = typeof issue.input === "string" ? issue.input.length : undefined;
    return [
      {
        ...where,
        message: `"${String(last)}" is ${length ?? "too many"} characters long; the limit is ${String(issue.maximum)}`,
        hint: "Shorten it: quote only the words the statement rests on, and move commentary to a note (see docs/DATA.md, \"Limits\").",
      },
    ];
  }
  if (issue.code === "invalid_union") {
    // A value of the right type that fails a branch's checks (a date string of the wrong shape) gets that branch's message.
    const typed = issue.errors.filter((branch) => branch.some((i) => i.code !== "invalid_type"));
    if (typed.length === 1) {
      return typed[0]!.flatMap((inner) => issueToProblems({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, schema, file, entityId));
    }
    return [
      {
        ...where,
        message: `wrong type: got ${received(issue.input)}`,
        hint: fieldSchema ? `Expected${describeField(fieldSchema)}.` : "See docs/DATA.md for the format.",
      },
    ];
  }
  if (issue.code === "invalid_value") {
    return [
      {
        ...where,
        message: `"${String(issue.input)}" is not an allowed value`,
        hint: `Use one of: ${issue.values.map(String).join(", ")}.${didYouMean(String(issue.input), issue.values.map(String)) ? " " + didYouMean(String(issue.input), issue.values.map(String)) : ""}`,
      },
    ];
  }
  if (issue.code === "too_small" && issue.origin === "string") {
    return [{ ...where, message: `"${String(last)}" is empty`, hint: `Fill it in${describeField(fieldSchema)}.` }];
  }
  if (issue.code === "too_small" && issue.origin === "array") {
    return [{ ...where, message: issue.message, hint: `Add at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}${describeField(fieldSchema)} (see docs/DATA.md).` }];
  }
  const description = fieldSchema ? (fieldSchema as { description?: string }).description : undefined;
  return [
    {
      ...where,
      message: `"${String(last ?? "value")}" ${issue.message}`,
      hint: description ? `Expected: ${description}` : "See docs/DATA.md for the format.",
    },
  ];
}

export function validateFile<S extends z.ZodType>(
  file: YamlFile,
  schema: S,
  entityId?: string,
): { value?: z.output<S>; problems: Problem[]; issues: readonly z.core.$ZodIssue[] } {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [], issues: [] };
  const issues = result.error.issues;
  return { problems: issues.flatMap((issue) => issueToProblems(issue, schema, file, entityId)), issues };
}

export interface InvalidEntity {
  kind: Kind;
  file: string;
  id: string;
}

/**
 * An entity that failed validation goes on to the later checks with its invalid
 * parts set aside (salvage.ts), so one run reports all its problems; one that
 * cannot be salvaged is still known by id, so references to it do not cascade.
 */
export function validateEntities(files: EntityFile[]): { entities: ValidEntity[]; invalid: InvalidEntity[]; problems: Problem[] } {
  const entities: ValidEntity[] = [];
  const invalid: InvalidEntity[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const raw = file.data as { id?: unknown } | null;
    const id = raw && typeof raw === "object" && typeof raw.id === "string" ? raw.id : undefined;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      problems.push({
        file: file.file,
        entity: file.stem,
        message: `the file must hold one entity as a mapping of fields, got ${received(raw)}`,
        hint: "Start the file with `id: <id>` and `name: <name>` (see docs/DATA.md).",
      });
      invalid.push({ kind: file.kind, file: file.file, id: file.stem });
      continue;
    }
    if (id !== undefined && id !== file.stem) {
      problems.push({
        file: file.file,
        entity: id,
        field: "id",
        ...locate(file, ["id"]),
        message: `the id "${id}" does not match the file name "${file.stem}"`,
        hint: `Rename the file to ${id}.yaml, or set id to "${file.stem}" — but never change an id that is already published.`,
      });
    }
    const schema = KINDS[file.kind].schema;
    const { value: valid, problems: found, issues } = validateFile(file, schema, id ?? file.stem);
    problems.push(...found);
    const value = valid ?? salvage(file.data, schema, issues);
    // A valid entity keeps its file's path (for line numbers), not its raw data: at scale, two copies of the data do not fit.
    if (value) entities.push({ kind: file.kind, file: file.file, source: { ...file, data: undefined }, entity: value } as ValidEntity);
    else invalid.push({ kind: file.kind, file: file.file, id: id ?? file.stem });
  }
  return { entities, invalid, problems };
}
