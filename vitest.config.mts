import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Unit and integration tests: every `*.test.ts` in the repository except the Playwright specs in `e2e/`.
 * Integration tests open PGlite (migrations take about a second) and, with TEST_DATABASE_URL, PostgreSQL.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Route handlers import "server-only", which throws outside a React Server Components bundle.
      { find: /^server-only$/, replacement: path.join(root, "node_modules", "server-only", "empty.js") },
    ],
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**", "**/.next-*/**", "e2e/**", "data/**", "test-results/**"],
    environment: "node",
    // Generous, because the machine may be shared: a PGlite start (WebAssembly compile, then migrations) takes
    // about 2 s of CPU on its own and several times that on a busy machine.
    testTimeout: 60_000,
    // Opening a database and applying the migrations happens in beforeAll.
    hookTimeout: 180_000,
  },
});
