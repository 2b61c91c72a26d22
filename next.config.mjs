/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder;
  // bundling it breaks those paths at run time (see shared notes on Prisma).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@react-pdf/renderer"],
  poweredByHeader: false,
  // The container and the deploy test run `node server.js` from a self-contained
  // folder (.next/standalone). Only when asked: `next start` (npm start, the demo,
  // e2e, bench) works on a standalone build but warns that it "does not work".
  output: process.env.PARCOURS_STANDALONE === "1" ? "standalone" : undefined,
  // The e2e server builds into its own folder, so a test run never clobbers the
  // developer's (or another run's) build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Next writes its dist folder's type paths into the tsconfig it uses: the e2e
  // build gets a throwaway one (made by playwright.config.ts) so tsconfig.json stays as committed.
  typescript: {
    tsconfigPath: process.env.NEXT_DIST_DIR
      ? `${process.env.NEXT_DIST_DIR}.tsconfig.json`
      : "tsconfig.json",
    // `npm run bench` and the e2e tests build only to run the app: `npm run lint`
    // checks the types, and skipping it here saves a minute of each build.
    ignoreBuildErrors:
      process.env.PARCOURS_BENCH_BUILD === "1" || process.env.PARCOURS_E2E_BUILD === "1",
  },
  reactStrictMode: true,
};

export default nextConfig;
