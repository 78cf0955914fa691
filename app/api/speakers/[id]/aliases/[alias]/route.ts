import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { pathId, route } from "../../../../_lib/respond";
import { removeAlias } from "@/db/speakers/speakers";
import { aliasSchema, parseInput } from "@/lib/schemas";

type Params = { id: string; alias: string };

export const DELETE = route<Params>("speakers:write", async (_request, { db, params, actor }) => {
  const id = pathId(params.id, "speaker");
  // The alias from the path is checked as one sent in a body is (no U+0000, at most 200 characters).
  const { alias } = parseInput(aliasSchema, { alias: safeDecode(params.alias) }, "The alias");
  return NextResponse.json(await asActor(db, actor, null, (tx) => removeAlias(tx, id, alias)));
});

/** Next.js may hand over the segment still encoded; a literal "%" must not make decoding throw. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
