/**
 * Errors are values: each names the file, the entity, the field and what to do,
 * so a curator can fix every problem from one run.
 */
export interface Problem {
  /** Path of the offending file, relative to the project (or absolute outside it). */
  file: string;
  entity?: string;
  /** Field path such as facts[2].citations[0].quote. */
  field?: string;
  line?: number;
  column?: number;
  message: string;
  hint: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function formatFieldPath(path: FieldPath): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

function location(problem: Problem): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

export function formatProblem(problem: Problem): string {
  const subject = [
    problem.entity !== undefined ? `entity "${problem.entity}"` : undefined,
    problem.field !== undefined && problem.field !== "" ? `field ${problem.field}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
  return `${location(problem)}${subject ? ` — ${subject}` : ""}\n  ✗ ${problem.message}\n  → ${problem.hint}`;
}

/** Past this many problems in one file, the rest are counted, not shown: the first ones are usually the cause. */
export const PROBLEMS_SHOWN_PER_FILE = 10;

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const byFile = new Map<string, Problem[]>();
  for (const p of sorted) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const files = byFile.size;
  const head = `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}:`;
  const body = [...byFile].flatMap(([file, list]) => {
    const rest = list.length - PROBLEMS_SHOWN_PER_FILE;
    const shown = list.slice(0, PROBLEMS_SHOWN_PER_FILE).map(formatProblem);
    return rest > 0 ? [...shown, `${file}\n  … and ${rest} more problem${rest === 1 ? "" : "s"} in this file (fix these first and run again)`] : shown;
  });
  return [head, "", ...body].join("\n");
}

/** Warnings do not stop a build; each still names its file and what to do. */
export function formatWarnings(warnings: readonly Problem[]): string {
  return warnings.map((w) => `${location(w)}\n  ⚠ ${w.message}\n  → ${w.hint}`).join("\n");
}

/** Thrown only at the command-line boundary, after every problem has been collected. */
export class ProblemsError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ProblemsError";
  }
}
