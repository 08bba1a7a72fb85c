/** The schema: the single source of truth for the data's shape, its TypeScript types, and its kinds. */
export * from "./primitives.ts";
export * from "./entities.ts";
export * from "./settings.ts";
export * from "./kinds.ts";
export * from "./partial-date.ts";
export * from "./table-columns.ts";
