import { eq } from "drizzle-orm";
import { userSettings } from "../schema";
import type { Executor } from "../client";
import { DEFAULT_USER_SETTINGS, type UserSettingsDto } from "../../lib/suggestions/model";
import type { UserSettingsPatch } from "../../lib/suggestions/schemas";

/** A person's preferences; the defaults until they change one. */
export async function getUserSettings(db: Executor, userId: string): Promise<UserSettingsDto> {
  const [row] = await db
    .select({ suggestAfterImport: userSettings.suggestAfterImport, defaultConfidence: userSettings.defaultConfidence })
    .from(userSettings)
    .where(eq(userSettings.userId, userId));
  return row ?? DEFAULT_USER_SETTINGS;
}

/** Changes some of a person's preferences, keeping the others. */
export async function updateUserSettings(db: Executor, userId: string, patch: UserSettingsPatch): Promise<UserSettingsDto> {
  const current = await getUserSettings(db, userId);
  const next: UserSettingsDto = {
    suggestAfterImport: patch.suggestAfterImport ?? current.suggestAfterImport,
    defaultConfidence: patch.defaultConfidence ?? current.defaultConfidence,
  };
  await db
    .insert(userSettings)
    .values({ userId, ...next })
    .onConflictDoUpdate({ target: userSettings.userId, set: { ...next, updatedAt: new Date() } });
  return next;
}
