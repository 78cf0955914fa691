import { describe, expect, it } from "vitest";
import { POST as createArticle } from "../articles/route";
import { POST as createClaim } from "../articles/[id]/claims/route";
import { GET as articleHistory } from "../articles/[id]/history/route";
import { DELETE as deleteClaim } from "./[id]/route";
import { POST as restoreClaim } from "./[id]/restore/route";
import { call, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { countAll } from "@/db/testing";

useRouteDatabase();

async function claimOnArticle() {
  const article = await call(createArticle, { json: { text: "Kirby said the talks had stalled." } });
  const claim = await call(createClaim, { params: { id: article.body.id }, json: { start: 0, end: 5, kind: "reporter", confidence: "low" } });
  return { articleId: article.body.id as string, claimId: claim.body.id as string };
}

describe("bad input to the history, restore and versioned-delete routes", () => {
  it.each([["abc"], ["0"], ["1.5"]])("refuses DELETE ?version=%s with 422, and deletes nothing", async (version) => {
    const { claimId } = await claimOnArticle();
    const before = await countAll(await getDb());
    const response = await call(deleteClaim, { method: "DELETE", path: `/api/claims/${claimId}?version=${version}`, params: { id: claimId } });
    expect(response.status).toBe(422);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["version"]);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it.each([[{ historyId: "x" }], [{ historyId: 0 }], [{ other: 1 }]])("refuses a restore body %j with 422, and stores nothing", async (json) => {
    const { claimId } = await claimOnArticle();
    await call(deleteClaim, { method: "DELETE", params: { id: claimId } });
    const before = await countAll(await getDb());
    const response = await call(restoreClaim, { params: { id: claimId }, json });
    expect(response.status).toBe(422);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it.each([["cursor=x"], ["limit=0"], ["limit=201"]])("refuses the article history query %s with 422", async (query) => {
    const { articleId } = await claimOnArticle();
    const response = await call(articleHistory, { path: `/api/articles/${articleId}/history?${query}`, params: { id: articleId } });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
  });
});
