import { describe, expect, it } from "vitest";
import { authorship, personLabel } from "./authorship";

const ana = { id: "u1", name: "Ana" };
const ben = { id: "u2", name: "Ben" };
const at = "2024-03-01T10:00:00.000Z";
const later = "2024-03-02T09:30:00.000Z";

describe("authorship", () => {
  it("says who tagged a claim never changed since", () => {
    expect(authorship({ createdBy: ana, updatedBy: ana, createdAt: at, updatedAt: at })).toEqual([{ label: "Tagged", by: "Ana", at }]);
  });

  it("adds who changed it last when it changed", () => {
    expect(authorship({ createdBy: ana, updatedBy: ben, createdAt: at, updatedAt: later })).toEqual([
      { label: "Tagged", by: "Ana", at },
      { label: "Last changed", by: "Ben", at: later },
    ]);
    expect(authorship({ createdBy: ana, updatedBy: ana, createdAt: at, updatedAt: later })).toHaveLength(2);
  });

  it("keeps claims made before accounts existed nameless", () => {
    expect(authorship({ createdBy: null, updatedBy: null, createdAt: at, updatedAt: at })).toEqual([{ label: "Tagged", by: null, at }]);
    expect(authorship({ createdBy: null, updatedBy: ben, createdAt: at, updatedAt: later })[1]).toEqual({ label: "Last changed", by: "Ben", at: later });
  });
});

describe("personLabel", () => {
  it("names the person, or says there was no account", () => {
    expect(personLabel("Ana")).toBe("Ana");
    expect(personLabel(null)).toBe("No account");
    expect(personLabel("  ")).toBe("No account");
  });
});
