// citation-js ships no types: only what the build uses is declared.
declare module "@citation-js/core" {
  export const plugins: {
    output: { format(format: string, data: object[], options?: Record<string, unknown>): string };
    config: { get(plugin: string): { format: Record<string, unknown> } };
  };
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
