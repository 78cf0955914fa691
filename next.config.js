/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own module, and postgres.js
  // opens sockets: both must run from node_modules, not from a webpack bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "postgres"],
  poweredByHeader: false,
  // A separate folder lets a development server run beside a production build (e2e tests).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  eslint: { ignoreDuringBuilds: true },
  // Type checking is `npm run typecheck`, run by `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
