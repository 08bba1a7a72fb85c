/**
 * Walking a zod schema along a data path, with zod's public classes only:
 * the validator uses it to name the fields known at a place, and a test uses it
 * to find every field the schema marks as a reference.
 */
import { z } from "zod";

type Shape = Record<string, z.ZodType>;

/** Optional, nullable, default and pipe wrappers hide the schema that governs a value. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else return current;
  }
}

/** The member of a union that the data chose by its discriminator, else the first object member. */
function chooseMember(union: z.ZodUnion, value: unknown): z.ZodType | undefined {
  const options = union.options as readonly z.ZodType[];
  const key = union instanceof z.ZodDiscriminatedUnion ? union.def.discriminator : undefined;
  if (key && value && typeof value === "object") {
    const given = (value as Record<string, unknown>)[key];
    const chosen = options.find((o) => {
      const member = unwrap(o);
      const literal = member instanceof z.ZodObject ? unwrap(member.shape[key] as z.ZodType) : undefined;
      return literal instanceof z.ZodLiteral && literal.values.has(given as never);
    });
    if (chosen) return chosen;
  }
  return options.find((o) => unwrap(o) instanceof z.ZodObject);
}

/** The fields of the object schema that governs the value at `path` in `data`. */
export function objectShapeAt(schema: z.ZodType, path: ReadonlyArray<string | number>, data: unknown): Shape | undefined {
  let current: z.ZodType | undefined = schema;
  let value = data;
  for (let i = 0; current; ) {
    current = unwrap(current);
    if (current instanceof z.ZodUnion) {
      current = chooseMember(current, value);
      continue;
    }
    if (i === path.length) return current instanceof z.ZodObject ? (current.shape as Shape) : undefined;
    const part = path[i++]!;
    value = value && typeof value === "object" ? (value as Record<string | number, unknown>)[part] : undefined;
    if (current instanceof z.ZodObject && typeof part === "string") current = (current.shape as Shape)[part];
    else if (current instanceof z.ZodArray && typeof part === "number") current = current.element as z.ZodType;
    else return undefined;
  }
  return undefined;
}

/** Names of every field, at any depth, whose value (or list item) is a schema carrying `{ reference: true }` in its metadata. */
export function referenceFields(schema: z.ZodType): Set<string> {
  const found = new Set<string>();
  const seen = new Set<z.ZodType>();
  const isReference = (s: z.ZodType) => {
    let inner = unwrap(s);
    if (inner instanceof z.ZodArray) inner = unwrap(inner.element as z.ZodType);
    return inner.meta()?.reference === true;
  };
  const visit = (s: z.ZodType) => {
    const inner = unwrap(s);
    if (seen.has(inner)) return;
    seen.add(inner);
    if (inner instanceof z.ZodObject) {
      for (const [key, field] of Object.entries(inner.shape as Shape)) {
        if (isReference(field)) found.add(key);
        visit(field);
      }
    } else if (inner instanceof z.ZodArray) visit(inner.element as z.ZodType);
    else if (inner instanceof z.ZodUnion) (inner.options as readonly z.ZodType[]).forEach(visit);
  };
  visit(schema);
  return found;
}

/** Whether the field at `path` in `data` is reader-facing prose: its schema carries `{ prose: true }`. */
export function isProseAt(schema: z.ZodType, path: ReadonlyArray<string | number>, data: unknown): boolean {
  const key = path[path.length - 1];
  if (typeof key !== "string") return false;
  const field = objectShapeAt(schema, path.slice(0, -1), data)?.[key];
  return field !== undefined && unwrap(field).meta()?.prose === true;
}
