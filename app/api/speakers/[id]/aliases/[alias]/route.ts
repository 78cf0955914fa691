import { NextResponse } from "next/server";
import { pathId, route } from "../../../../_lib/respond";
import { removeAlias } from "@/db/speakers";

type Params = { id: string; alias: string };

export const DELETE = route<Params>(async (_request, { db, params }) => {
  return NextResponse.json(await removeAlias(db, pathId(params.id, "speaker"), decodeURIComponent(params.alias)));
});
