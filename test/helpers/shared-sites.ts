/** The public addresses the shared sites are built for (test/global-setup.ts builds them once per run). */
export const SHARED_SITES = {
  bundled: { siteUrl: "https://facts.example/ceasefire/", prefix: "/ceasefire/" },
  fixture: { siteUrl: "https://facts.example/sheets/", prefix: "/sheets/" },
} as const;
