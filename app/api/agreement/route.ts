import { NextResponse } from "next/server";
import { route, searchParams } from "../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { agreementQuerySchema } from "@/lib/agreement/schemas";
import { corpusAgreementOf } from "@/db/assignments/agreement";

/** `GET /api/agreement?articles=a,b,c`: agreement over several articles (those not yet done are listed as skipped). */
export const GET = route("read", async (request, { db }) => {
  const { articles } = parseInput(agreementQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await corpusAgreementOf(db, articles));
});
