import type { FieldPath } from "./problems.ts";

/** Calls `visit` on every mapping inside `value`, depth first, with its path. */
export function walkRecords(value: unknown, visit: (record: Record<string, unknown>, path: FieldPath) => void, path: FieldPath = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkRecords(item, visit, [...path, i]));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  visit(record, path);
  for (const key in record) walkRecords(record[key], visit, [...path, key]);
}
