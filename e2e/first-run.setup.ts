import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { ADMIN, ADMIN_STATE, ADMIN_TOKEN_FILE, ANALYSTS } from "./support/accounts";

setup("a newcomer's first visit creates the administrator, who then invites the analysts", async ({ page, baseURL }) => {
  await page.goto("/");
  if (page.url().endsWith("/setup")) {
    await expect(page.getByRole("heading", { name: "Welcome to Claimlens" })).toBeVisible();
    await page.getByLabel("Your name").fill(ADMIN.name);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await page.getByLabel("Password again").fill(ADMIN.password);
    await page.getByRole("button", { name: "Create administrator account" }).click();
  } else {
    // A retry of this setup: the administrator exists already, so the first visit asks to sign in.
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  // Signed in, on the library, which shows the sample article of a new install.
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Russia may provide air defense capability to Iran or Hezbollah, US warns" })).toBeVisible();
  // It arrives with its suggested claims computed: the first thing a newcomer sees says they wait.
  await expect(page.getByRole("link", { name: /^[1-9][0-9]* suggestions? waiting$/ })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(ADMIN.name);

  // The setup page is gone once an administrator exists.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/$/);

  const sameSite = { origin: baseURL ?? "" };
  for (const person of Object.values(ANALYSTS)) {
    const created = await page.request.post("/api/users", { data: person, headers: sameSite });
    expect([201, 409]).toContain(created.status());
  }
  const token = await page.request.post("/api/tokens", { data: { name: "end-to-end tests" }, headers: sameSite });
  expect(token.status()).toBe(201);
  mkdirSync(path.dirname(ADMIN_TOKEN_FILE), { recursive: true });
  writeFileSync(ADMIN_TOKEN_FILE, ((await token.json()) as { token: string }).token);
  await page.context().storageState({ path: ADMIN_STATE });
});
