// Eleventy 3 ships JavaScript without declarations; this covers what the build uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input: string,
      output: string,
      options?: { configPath?: string; quietMode?: boolean; config?: (eleventyConfig: any) => void | Promise<void> },
    );
    write(): Promise<unknown>;
  }
}
