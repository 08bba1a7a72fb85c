/** Table Schema fields are read off the zod schema of each column: one source of truth for the data and its description. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { column, Id, IsoDay, Markdown, MeetingFormat, PartialDate, tableFieldOf } from "../scripts/schema/index.ts";

const field = (schema: z.ZodType, options = {}) => tableFieldOf("x", column(schema, () => undefined, options) as never);

describe("a column's Table Schema field", () => {
  it("is required unless the zod schema accepts nothing", () => {
    expect(field(Markdown).constraints?.required).toBe(true);
    expect(field(Markdown.optional()).constraints).toBeUndefined();
  });

  it("takes its allowed values from a zod enum, and its pattern, unanchored, from the zod regex", () => {
    expect(field(MeetingFormat).constraints?.enum).toEqual(MeetingFormat.options);
    const pattern = field(Id).constraints!.pattern!;
    expect(pattern).toBe("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    expect(field(PartialDate).constraints?.pattern).toBe("\\d{4}(-\\d{2}(-\\d{2})?)?");
  });

  it("keeps the zod description, and takes a type or format the JSON type cannot say", () => {
    expect(field(PartialDate).description).toBe(PartialDate.description);
    expect(field(IsoDay, { type: "date" })).toEqual({ name: "x", type: "date", constraints: { required: true } });
    expect(field(z.string(), { format: "uri", description: "A page." })).toMatchObject({ type: "string", format: "uri", description: "A page." });
    expect(field(z.number().int().min(1))).toMatchObject({ type: "integer", constraints: { required: true, minimum: 1 } });
    expect(field(z.boolean())).toMatchObject({ type: "boolean" });
  });
});
