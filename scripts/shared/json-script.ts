/**
 * JSON that is safe inside a <script> element or a script file: `<` is escaped
 * so data can never close the element, and the two line separators that JSON
 * allows but older JavaScript does not are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
