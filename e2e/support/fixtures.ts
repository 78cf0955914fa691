import { readFileSync } from "node:fs";
import { expect, test as base, type APIRequestContext } from "@playwright/test";
import { ADMIN_TOKEN_FILE } from "./accounts";

/**
 * `api`: the REST API as a script uses it, with the administrator's token (`Authorization: Bearer`), for preparing
 * what a spec needs. The browser itself stays signed in by its session cookie.
 *
 * `noCspViolations` (automatic): a test fails if the browser refused anything under the Content-Security-Policy
 * (middleware.ts): a script without the nonce, a style or a connection the policy does not allow.
 */
export const test = base.extend<{ api: APIRequestContext; noCspViolations: void }>({
  noCspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use();
      expect(violations, "the browser refused something under the Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
  api: async ({ playwright, baseURL }, use) => {
    const token = readFileSync(ADMIN_TOKEN_FILE, "utf8").trim();
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    await use(context);
    await context.dispose();
  },
});

export { expect };
