import { NextResponse } from "next/server";
import { readJson, route } from "../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { userSettingsPatchSchema } from "@/lib/suggestions/schemas";
import { getUserSettings, updateUserSettings } from "@/db/accounts/user-settings";

/** The signed-in person's own preferences: anyone may read and change their own. */
export const GET = route("read", async (_request, { db, actor }) => {
  return NextResponse.json(await getUserSettings(db, actor.userId));
});

export const PATCH = route("read", async (request, { db, actor }) => {
  const patch = parseInput(userSettingsPatchSchema, await readJson(request, 4 * 1024), "The settings");
  return NextResponse.json(await updateUserSettings(db, actor.userId, patch));
});
