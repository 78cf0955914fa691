import { NextResponse } from "next/server";
import { pathId, route } from "../../../../_lib/respond";
import { removeAlias } from "@/db/speakers";

type Params = { id: string; alias: string };

export const DELETE = route<Params>(async (_request, { db, params }) => {
  return NextResponse.json(await removeAlias(db, pathId(params.id, "speaker"), safeDecode(params.alias)));
});

/** Next.js may hand over the segment still encoded; a literal "%" must not make decoding throw. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
