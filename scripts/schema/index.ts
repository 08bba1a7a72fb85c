/** The schema: the single source of truth for the data's shape and its TypeScript types. */
export * from "./entities.ts";
export * from "./primitives.ts";
