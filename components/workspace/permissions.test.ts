import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { whyNotChangeClaim, whyNotEditText, whyNotTag, type Me } from "./permissions";

const me = (role: Role): Me => ({ id: "u1", name: "Ana", role });
const byAna = { createdBy: { id: "u1", name: "Ana" }, set: "analyst" as const };
const byBen = { createdBy: { id: "u2", name: "Ben" }, set: "analyst" as const };
const byNobody = { createdBy: null, set: "analyst" as const };

describe("whyNotChangeClaim", () => {
  it.each<[Role, typeof byAna | typeof byNobody, string | null]>([
    ["admin", byBen, null],
    ["admin", byNobody, null],
    ["analyst", byAna, null],
    ["analyst", byBen, "Only Ben (who tagged it) or an admin can change this claim."],
    ["analyst", byNobody, "This claim was tagged before accounts existed: only an admin can change it."],
    ["viewer", byAna, "Your account can read claims but not change them."],
  ])("%s, claim by %o", (role, claim, reason) => {
    expect(whyNotChangeClaim(me(role), claim)).toBe(reason);
  });
});

describe("tagging and editing the text", () => {
  it.each<[Role, boolean]>([
    ["admin", true],
    ["analyst", true],
    ["viewer", false],
  ])("%s may tag and edit the text: %s", (role, allowed) => {
    expect(whyNotTag(me(role)) === null).toBe(allowed);
    expect(whyNotEditText(me(role)) === null).toBe(allowed);
  });
});

describe("work its analyst marked done", () => {
  const frozen = "You marked this article done, so your claims on it are frozen: reopen your assignment to change them.";
  const ana = { ...me("analyst"), frozen };

  it("blocks tagging and changing one's own analyst claims, with the server's reason", () => {
    expect(whyNotTag(ana)).toBe(frozen);
    expect(whyNotChangeClaim(ana, byAna)).toBe(frozen);
  });

  it("leaves reviewed claims and the text alone, and others' claims to the usual rule", () => {
    expect(whyNotChangeClaim(ana, { ...byAna, set: "reviewed" })).toBeNull();
    expect(whyNotChangeClaim(ana, byBen)).toBe("Only Ben (who tagged it) or an admin can change this claim.");
    expect(whyNotEditText(ana)).toBeNull();
  });
});
