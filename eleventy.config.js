// @ts-check
// Eleventy renders the site graph that the build computes and passes in as global
// data `graph` (with `shard`, the part of the site this run renders); templates are
// typed TypeScript (.11ty.ts), loaded through tsx. The build writes the output itself.

/** @param {import("@11ty/eleventy/UserConfig").default} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: {
    input: "src",
    includes: "../_includes",
    // The curated entities in /_data are read by the data scripts, not by Eleventy.
    data: "_no_eleventy_global_data",
  },
  templateFormats: ["11ty.ts"],
};
