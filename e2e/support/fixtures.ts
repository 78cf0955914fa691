import { readFileSync } from "node:fs";
import { test as base, type APIRequestContext } from "@playwright/test";
import { ADMIN_TOKEN_FILE } from "./accounts";

/**
 * `api`: the REST API as a script uses it, with the administrator's token (`Authorization: Bearer`), for preparing
 * what a spec needs. The browser itself stays signed in by its session cookie.
 */
export const test = base.extend<{ api: APIRequestContext }>({
  api: async ({ playwright, baseURL }, use) => {
    const token = readFileSync(ADMIN_TOKEN_FILE, "utf8").trim();
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    await use(context);
    await context.dispose();
  },
});

export { expect } from "@playwright/test";
