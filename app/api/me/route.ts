import { NextResponse } from "next/server";
import { route } from "../_lib/respond";
import type { MeDto } from "@/lib/auth/model";

/** The signed-in person (by session or token). */
export const GET = route("read", async (_request, { actor }) =>
  NextResponse.json({ id: actor.userId, name: actor.name, email: actor.email, role: actor.role } satisfies MeDto),
);
