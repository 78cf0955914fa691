import { expect, type Browser, type Page } from "@playwright/test";

/** A browser of its own for a person, signed in through the sign-in page as they would, on `path`. */
export async function signedIn(browser: Browser, person: { email: string; password: string }, path: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  return page;
}
