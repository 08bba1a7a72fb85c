/**
 * A column of a downloadable table, typed by the zod schema of the value it
 * holds, so that the table's Frictionless Table Schema (type, required, enum,
 * pattern) is read off the same schema that validates the curated data.
 */
import { z } from "zod";

/** What one cell holds before it is written: nothing (an empty cell), text, a whole number or a yes/no. */
export type CellValue = string | number | boolean | undefined;

/** The Table Schema types the tables use. */
export type FieldType = "string" | "integer" | "boolean" | "date";

export interface ColumnOptions {
  /** Overrides the description the zod schema carries. */
  description?: string;
  /** A Table Schema type more precise than the JSON type, e.g. `date` for a full day. */
  type?: FieldType;
  /** `uri` for URLs. */
  format?: "uri";
  /**
   * The reference field (a key of REFERENCE_TARGETS) whose targets this column
   * names: the data package declares it as a foreign key.
   */
  references?: string;
}

export interface Column<R> extends ColumnOptions {
  schema: z.ZodType;
  cell(row: R): CellValue;
}

export function column<R>(schema: z.ZodType, cell: (row: R) => CellValue, options: ColumnOptions = {}): Column<R> {
  return { schema, cell, ...options };
}

/** A Table Schema field descriptor (Frictionless Table Schema v1). */
export interface TableField {
  name: string;
  type: FieldType;
  format?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: Array<string | number | boolean>; pattern?: string; minimum?: number };
}

type JsonSchema = { type?: string; enum?: unknown[]; pattern?: string; minimum?: number; description?: string };

/**
 * Table Schema patterns are XML Schema regular expressions: implicitly anchored
 * and without `(?:`. The zod patterns are anchored JavaScript ones.
 */
function xmlSchemaPattern(pattern: string): string {
  return pattern.replace(/^\^/, "").replace(/\$$/, "").replaceAll("(?:", "(");
}

export function tableFieldOf(name: string, col: Column<never>): TableField {
  const json = z.toJSONSchema(col.schema, { io: "output", unrepresentable: "any" }) as JsonSchema;
  const type: FieldType = col.type ?? (json.type === "integer" ? "integer" : json.type === "boolean" ? "boolean" : "string");
  const constraints: NonNullable<TableField["constraints"]> = {};
  if (!col.schema.safeParse(undefined).success) constraints.required = true;
  if (json.enum) constraints.enum = json.enum as string[];
  if (json.pattern && type === "string") constraints.pattern = xmlSchemaPattern(json.pattern);
  if (json.minimum !== undefined && type === "integer") constraints.minimum = json.minimum;
  const description = col.description ?? json.description;
  return {
    name,
    type,
    ...(col.format ? { format: col.format } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
