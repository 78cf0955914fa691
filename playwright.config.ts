import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STATE } from "./e2e/support/accounts";
import { chromiumLaunchOptions as launchOptions } from "./e2e/support/chromium";
import { PAGE_SERVER_PORT } from "./e2e/support/page-server-port";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
  },
  projects: [
    // A new install's first visit: the administrator is created, and every other spec starts signed in as them.
    {
      name: "first run",
      testMatch: "first-run.setup.ts",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 }, launchOptions },
    },
    {
      name: "chromium",
      dependencies: ["first run"],
      use: {
        storageState: ADMIN_STATE,
        ...devices["Desktop Chrome"],
        viewport: { width: 1400, height: 900 },
        launchOptions,
      },
    },
  ],
  // A production build on a fresh embedded database: the tests need no secrets and start from a new install.
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/api/articles`,
    // The web-import spec serves pages on 127.0.0.1; this test-only variable lets the guard fetch from that one port.
    env: { E2E_PORT: String(port), CLAIMLENS_FETCH_ALLOW_HOSTS: `127.0.0.1:${PAGE_SERVER_PORT}` },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
