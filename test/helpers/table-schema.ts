/**
 * A small Frictionless Table Schema checker, driven by the schema alone (it
 * knows no table of ours): the header, each field's type, required, enum,
 * pattern and range constraints, unique fields, primary keys, and foreign keys
 * between the resources of one package. It reports every error as a line.
 */
import { parse } from "csv-parse/sync";

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; pattern?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number };
}
interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}
interface Schema {
  fields: Field[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
}
export interface Resource {
  name: string;
  path: string;
  schema: Schema;
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** The cell as its logical value, or an error message. */
function cast(field: Field, cell: string): { value: unknown } | { error: string } {
  switch (field.type) {
    case "string":
      if (field.format === "uri" && !URL.canParse(cell)) return { error: `"${cell}" is not a URI` };
      return { value: cell };
    case "integer":
      return /^[+-]?\d+$/.test(cell) ? { value: Number(cell) } : { error: `"${cell}" is not an integer` };
    case "number":
      return cell.trim() !== "" && Number.isFinite(Number(cell)) ? { value: Number(cell) } : { error: `"${cell}" is not a number` };
    case "boolean":
      if (["true", "True", "TRUE", "1"].includes(cell)) return { value: true };
      if (["false", "False", "FALSE", "0"].includes(cell)) return { value: false };
      return { error: `"${cell}" is not a boolean` };
    case "date":
      return isRealDay(cell) ? { value: cell } : { error: `"${cell}" is not a date (YYYY-MM-DD)` };
    default:
      return { error: `type "${field.type}" is not one this checker knows` };
  }
}

function checkCell(field: Field, cell: string): string[] {
  const c = field.constraints ?? {};
  const cast_ = cast(field, cell);
  if ("error" in cast_) return [cast_.error];
  const errors: string[] = [];
  const value = cast_.value;
  if (c.enum && !c.enum.includes(value)) errors.push(`"${cell}" is not one of ${c.enum.join(", ")}`);
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, "u").test(cell)) errors.push(`"${cell}" does not match ${c.pattern}`);
  if (c.minLength !== undefined && cell.length < c.minLength) errors.push(`"${cell}" is shorter than ${c.minLength}`);
  if (c.maxLength !== undefined && cell.length > c.maxLength) errors.push(`"${cell}" is longer than ${c.maxLength}`);
  if (c.minimum !== undefined && typeof value === "number" && value < c.minimum) errors.push(`${value} is below ${c.minimum}`);
  if (c.maximum !== undefined && typeof value === "number" && value > c.maximum) errors.push(`${value} is above ${c.maximum}`);
  return errors;
}

export interface ParsedTable {
  header: string[];
  rows: string[][];
}

export function parseCsv(text: string): ParsedTable {
  const [header = [], ...rows] = parse(text, { relax_column_count: true }) as string[][];
  return { header, rows };
}

/** Every error in the package's tables; `tables` maps each resource's path to its CSV text. */
export function checkPackage(resources: Resource[], tables: Map<string, string>): string[] {
  const errors: string[] = [];
  const parsed = new Map<string, ParsedTable>();
  for (const r of resources) {
    const text = tables.get(r.path);
    if (text === undefined) errors.push(`${r.path}: the file is missing`);
    else parsed.set(r.name, parseCsv(text));
  }
  const keyOf = (row: string[], at: number[]) => JSON.stringify(at.map((i) => row[i]));

  for (const r of resources) {
    const table = parsed.get(r.name);
    if (!table) continue;
    const { fields } = r.schema;
    const missing = new Set(r.schema.missingValues ?? [""]);
    const where = (row: number, field?: string) => `${r.path} row ${row + 2}${field ? ` ${field}` : ""}`;
    const names = fields.map((f) => f.name);
    if (JSON.stringify(table.header) !== JSON.stringify(names)) errors.push(`${r.path}: header ${table.header.join(",")} is not ${names.join(",")}`);
    const seen = new Map<string, Set<string>>();
    table.rows.forEach((row, i) => {
      if (row.length !== fields.length) errors.push(`${where(i)}: ${row.length} cells, not ${fields.length}`);
      fields.forEach((field, j) => {
        const cell = row[j] ?? "";
        if (missing.has(cell)) {
          if (field.constraints?.required) errors.push(`${where(i, field.name)}: required, but empty`);
          return;
        }
        for (const e of checkCell(field, cell)) errors.push(`${where(i, field.name)}: ${e}`);
        if (field.constraints?.unique) {
          const values = seen.get(field.name) ?? new Set();
          if (values.has(cell)) errors.push(`${where(i, field.name)}: "${cell}" is not unique`);
          values.add(cell);
          seen.set(field.name, values);
        }
      });
    });

    const pk = list(r.schema.primaryKey).map((n) => names.indexOf(n));
    if (pk.includes(-1)) errors.push(`${r.path}: the primary key names a field it does not have`);
    else if (pk.length) {
      const keys = new Set<string>();
      table.rows.forEach((row, i) => {
        if (pk.some((at) => missing.has(row[at] ?? ""))) errors.push(`${where(i)}: a primary key field is empty`);
        const key = keyOf(row, pk);
        if (keys.has(key)) errors.push(`${where(i)}: primary key ${key} is not unique`);
        keys.add(key);
      });
    }

    for (const fk of r.schema.foreignKeys ?? []) {
      const own = list(fk.fields).map((n) => names.indexOf(n));
      const targetName = fk.reference.resource === "" ? r.name : fk.reference.resource;
      const target = resources.find((t) => t.name === targetName);
      const targetTable = parsed.get(targetName);
      if (!target || !targetTable || own.includes(-1)) {
        errors.push(`${r.path}: foreign key ${JSON.stringify(fk)} names a resource or field that does not exist`);
        continue;
      }
      const theirs = list(fk.reference.fields).map((n) => target.schema.fields.findIndex((f) => f.name === n));
      if (theirs.includes(-1) || theirs.length !== own.length) {
        errors.push(`${r.path}: foreign key ${JSON.stringify(fk)} does not match the fields of ${targetName}`);
        continue;
      }
      const existing = new Set(targetTable.rows.map((row) => keyOf(row, theirs)));
      table.rows.forEach((row, i) => {
        if (own.some((at) => missing.has(row[at] ?? ""))) return;
        const key = keyOf(row, own);
        if (!existing.has(key)) errors.push(`${where(i)}: ${list(fk.fields).join("+")} ${key} is not in ${targetName}`);
      });
    }
  }
  return errors;
}
