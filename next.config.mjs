/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder;
  // bundling it breaks those paths at run time (see shared notes on Prisma).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@react-pdf/renderer"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
