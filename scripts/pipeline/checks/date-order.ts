/** An end never comes before its start: a role's `start`/`end`, a meeting's `date`/`end`. */
import type { DateClaim } from "../../schema/index.ts";
import { spanOf } from "../../schema/partial-date.ts";
import { formatFieldPath, type FieldPath, type Problem } from "../problems.ts";
import { locate } from "../positions.ts";
import { walkRecords } from "../walk.ts";
import type { ValidEntity } from "../validate.ts";

export function checkDateOrder(entities: ValidEntity[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entities) {
    const check = (start: unknown, end: unknown, path: FieldPath) => {
      const [from, to] = [start as DateClaim | undefined, end as DateClaim | undefined];
      if (!from || !to || from.basis === "unknown" || to.basis === "unknown") return;
      if (spanOf(to.on).latest >= spanOf(from.on).earliest) return;
      const endPath = [...path, "end"];
      problems.push({
        file: e.file,
        entity: e.entity.id,
        field: formatFieldPath(endPath),
        ...locate(e.source, endPath),
        message: `the end (${to.on}) is before the start (${from.on})`,
        hint: "Swap the dates or correct the one that is wrong.",
      });
    };
    walkRecords(e.entity, (record, path) => {
      check(record.start, record.end, path);
      if (path.length === 0) check(record.date, record.end, path);
    });
  }
  return problems;
}
