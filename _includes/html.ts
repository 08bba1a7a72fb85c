/**
 * Escaping by default: every value interpolated into `html` is escaped unless it
 * is already Html. Only fields named `…Html` in the site graph (markdown rendered
 * with raw HTML off) are passed through `trusted`.
 */
import { jsonForScript } from "../scripts/shared/json-script.ts";

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Interpolation = Html | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup the pipeline rendered from markdown with raw HTML disabled. */
export function trusted(markup: string | undefined): Html {
  return new Html(markup ?? "");
}

/** JSON inside <script>: `<` is escaped so data can never close the element. */
export function jsonScript(value: unknown): Html {
  return new Html(jsonForScript(value));
}
