import { describe, expect, it } from "vitest";
import { actorCan, can, canChangeClaim, isRole, PERMISSIONS, ROLES, type Permission, type Role } from "./roles";

describe("can", () => {
  const expected: Record<Role, Permission[]> = {
    admin: ["read", "articles:write", "articles:delete", "claims:write", "claims:any", "speakers:write", "users:manage", "review", "tokens:own"],
    analyst: ["read", "articles:write", "claims:write", "speakers:write", "tokens:own"],
    viewer: ["read", "tokens:own"],
  };
  it.each(ROLES)("grants %s exactly its permissions", (role) => {
    const granted = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
    expect(granted).toEqual(expected[role]);
  });
});

describe("actorCan", () => {
  it("lets an analyst granted the reviewer permission review, and nobody else by the grant alone", () => {
    expect(actorCan({ role: "admin" }, "review")).toBe(true);
    expect(actorCan({ role: "analyst", reviewer: true }, "review")).toBe(true);
    expect(actorCan({ role: "analyst", reviewer: false }, "review")).toBe(false);
    expect(actorCan({ role: "viewer", reviewer: true }, "review")).toBe(false);
    expect(actorCan({ role: "analyst", reviewer: true }, "users:manage")).toBe(false);
  });
});

describe("canChangeClaim", () => {
  it("lets an admin change any claim, an analyst only their own, a viewer none", () => {
    expect(canChangeClaim({ userId: "a", role: "admin" }, "b")).toBe(true);
    expect(canChangeClaim({ userId: "a", role: "admin" }, null)).toBe(true);
    expect(canChangeClaim({ userId: "a", role: "analyst" }, "a")).toBe(true);
    expect(canChangeClaim({ userId: "a", role: "analyst" }, "b")).toBe(false);
    expect(canChangeClaim({ userId: "a", role: "analyst" }, null)).toBe(false);
    expect(canChangeClaim({ userId: "a", role: "viewer" }, "a")).toBe(false);
  });
});

describe("isRole", () => {
  it("knows the three roles and nothing else", () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole("owner")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
