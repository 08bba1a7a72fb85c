import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The shared sites are built once per run, before any file.
    globalSetup: ["test/global-setup.ts"],
    // Real builds and a real browser: generous limits, files in parallel on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
