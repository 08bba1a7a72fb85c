/**
 * Checks each file against its schema and turns zod's issues into problems a
 * curator can act on: the field, what is wrong, and what to do.
 */
import type { z } from "zod";
import { KINDS, type EntityOf, type Kind } from "../schema/index.ts";
import { objectShapeAt } from "../schema/schema-walk.ts";
import type { EntityFile, YamlFile } from "./load.ts";
import { locate } from "./positions.ts";
import { formatFieldPath, type Problem } from "./problems.ts";
import { didYouMean } from "./closest.ts";

/** An entity that passed its schema, with the file it came from; `kind` tells its type apart. */
export type ValidEntity = { [K in Kind]: { kind: K; file: string; source: EntityFile; entity: EntityOf<K> } }[Kind];

function describeField(schema: z.ZodType | undefined): string {
  const description = schema ? (schema as { description?: string }).description : undefined;
  return description ? ` (${description})` : "";
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
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined) {
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
        message: `wrong type: expected ${issue.expected}, got ${received(issue.input)}`,
        hint: `Give ${issue.expected === "array" ? "a list (lines starting with '- ')" : `a ${issue.expected}`}${describeField(fieldSchema)}.`,
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
  return [
    {
      ...where,
      message: `${String(last ?? "value")} ${issue.message}`,
      hint: fieldSchema ? `Expected${describeField(fieldSchema)}.` : "See docs/DATA.md for the format.",
    },
  ];
}

export function validateFile<S extends z.ZodType>(
  file: YamlFile,
  schema: S,
  entityId?: string,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueToProblems(issue, schema, file, entityId)) };
}

export interface InvalidEntity {
  kind: Kind;
  file: string;
  id: string;
}

/** Entities that failed validation are still known by id, so references to them do not cascade into more errors. */
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
    const { value, problems: found } = validateFile(file, KINDS[file.kind].schema, id ?? file.stem);
    problems.push(...found);
    // A valid entity keeps its file's path (for line numbers), not its raw data: at scale, two copies of the data do not fit.
    if (value) entities.push({ kind: file.kind, file: file.file, source: { ...file, data: undefined }, entity: value } as ValidEntity);
    else invalid.push({ kind: file.kind, file: file.file, id: id ?? file.stem });
  }
  return { entities, invalid, problems };
}
