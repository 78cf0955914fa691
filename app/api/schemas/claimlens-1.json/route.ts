import schema from "@/lib/export/claimlens-1.schema.json";

export const dynamic = "force-static";

/** `GET /api/schemas/claimlens-1.json`: the JSON Schema (draft 2020-12) of the `claimlens/1` format. */
export function GET(): Response {
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
