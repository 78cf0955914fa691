import { expect, test } from "./support/fixtures";

test("an administrator creates an account, changes its role and disables it; a token is shown once and revoked", async ({ page, browser }, testInfo) => {
  const name = `Cleo Viewer ${testInfo.retry}`;
  const email = `cleo${testInfo.retry}@example.org`;

  // Create the account with a generated password, which is shown for handing over.
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  const form = page.getByRole("region", { name: "Create account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByRole("button", { name: "Generate" }).click();
  await form.getByRole("button", { name: "Create account" }).click();
  const handover = page.getByRole("region", { name: `Created ${name}’s account, as a viewer.` });
  await expect(handover).toBeVisible();
  const password = await handover.getByLabel("Password").inputValue();
  expect(password).toHaveLength(16);
  await handover.getByRole("button", { name: "Done" }).click();

  // Make them an analyst, then disable the account (after confirming).
  const row = page.getByRole("row", { name: new RegExp(`^${name}`) });
  await row.getByLabel(`Role for ${name}`).selectOption("analyst");
  await expect(row.getByLabel(`Role for ${name}`)).toHaveValue("analyst");
  await row.getByRole("button", { name: `Disable ${name}` }).click();
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(row).toContainText("Disabled");

  // The disabled person cannot sign in, and is told why.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const cleo = await context.newPage();
  await cleo.goto("/sign-in");
  await cleo.getByLabel("Email").fill(email);
  await cleo.getByLabel("Password").fill(password);
  await cleo.getByRole("button", { name: "Sign in" }).click();
  await expect(cleo.getByRole("alert").filter({ hasText: "disabled" })).toContainText("Ask an administrator");
  await context.close();

  // Settings: a new token is shown once, listed by its first characters only, and can be revoked.
  await page.goto("/settings");
  await page.getByLabel("New token name").fill(`notebook ${testInfo.retry}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const notice = page.getByRole("region", { name: `Your new token “notebook ${testInfo.retry}”` });
  await expect(notice).toContainText("Copy it now: it will not be shown again.");
  const token = await notice.getByLabel("Token", { exact: true }).inputValue();
  expect(token).toMatch(/^clk_/);
  await notice.getByRole("button", { name: "Done, I have copied it" }).click();
  await expect(page.getByText(token)).toHaveCount(0);
  const tokenRow = page.getByRole("row", { name: new RegExp(`^notebook ${testInfo.retry}`) });
  await expect(tokenRow).toContainText(token.slice(0, 8));
  await tokenRow.getByRole("button", { name: /Revoke/ }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(tokenRow).toContainText("Revoked");
  const refused = await page.request.get("/api/articles", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});
