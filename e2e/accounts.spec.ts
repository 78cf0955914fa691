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
  await form.getByRole("radio", { name: /Set a password now/ }).check();
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

test("an administrator invites a person by link; they choose their password and are signed in; the link then stops working", async ({ page, browser }, testInfo) => {
  const name = `Nadia Haddad ${testInfo.retry}`;
  const email = `nadia${testInfo.retry}@example.org`;

  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "Create account" });
  await expect(form.getByRole("radio", { name: /Send an invitation link/ })).toBeChecked();
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("analyst");
  await form.getByRole("button", { name: "Create invitation link" }).click();
  const handover = page.getByRole("region", { name: `Invited ${name}, as an analyst.` });
  await expect(handover).toContainText("It works once, for 7 days");
  const link = await handover.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/inv_[A-Za-z0-9_-]{43}$/);
  await handover.getByRole("button", { name: "Done" }).click();
  const waiting = page.getByRole("region", { name: "Invitations not yet accepted" });
  await expect(waiting.getByRole("row", { name: new RegExp(`^${name}`) })).toContainText("Analyst");

  // The first link went astray: a new one replaces it.
  await waiting.getByRole("button", { name: `New link for ${name}` }).click();
  const renewed = waiting.getByRole("region", { name: `New link for ${name}` });
  await expect(renewed).toContainText("The old link no longer works.");
  const newLink = await renewed.getByLabel("Invitation link").inputValue();
  expect(newLink).not.toBe(link);
  await renewed.getByRole("button", { name: "Done" }).click();

  // The invited person, in a browser of their own with no account yet: the old link is refused, the new one works.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const nadia = await context.newPage();
  await nadia.goto(link);
  await expect(nadia.getByRole("alert").filter({ hasText: "This invitation was withdrawn." })).toBeVisible();
  await nadia.goto(newLink);
  await expect(nadia.getByRole("heading", { name: "Join Claimlens" })).toBeVisible();
  await expect(nadia.getByText(/Ada Admin invited you as an analyst/)).toBeVisible();
  await expect(nadia.getByLabel("Email")).toHaveValue(email);
  await nadia.getByLabel("Password", { exact: true }).fill("nadia's own password");
  await nadia.getByLabel("Password again").fill("nadia's own pasword");
  await nadia.getByRole("button", { name: "Create my account" }).click();
  await expect(nadia.getByRole("alert").filter({ hasText: "The two passwords differ" })).toBeVisible();
  await nadia.getByLabel("Password again").fill("nadia's own password");
  await nadia.getByRole("button", { name: "Create my account" }).click();
  await expect(nadia.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(nadia.getByRole("banner").getByText(name)).toBeVisible();

  // The link worked once.
  await nadia.goto(newLink);
  await expect(nadia.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await expect(nadia.getByRole("alert").filter({ hasText: "This invitation has been used" })).toBeVisible();
  await context.close();

  // The administrator sees the account, and no longer the invitation.
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(`^${name}`) })).toContainText("Analyst");
  await expect(page.getByRole("region", { name: "Invitations not yet accepted" }).getByRole("row", { name: new RegExp(`^${name}`) })).toHaveCount(0);
});
