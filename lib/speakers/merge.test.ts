import { describe, expect, it } from "vitest";
import { planMerge } from "./merge";
import type { SpeakerProfileDto } from "./model";

const speaker = (name: string, fields: Partial<SpeakerProfileDto> = {}): SpeakerProfileDto => ({
  id: name,
  name,
  kind: "person",
  description: null,
  aliases: [],
  claimCount: 0,
  createdAt: "2023-01-01T00:00:00.000Z",
  confidenceCounts: { low: 0, moderate: 0, high: 0 },
  latestClaimAt: null,
  ...fields,
});

describe("planMerge", () => {
  it("moves claims and aliases, makes the merged-away name an alias, and keeps the name and kind that stay", () => {
    const into = speaker("John Kirby", { aliases: ["Admiral Kirby"], description: "NSC", claimCount: 3 });
    const from = speaker("Kirby", { kind: "organization", aliases: ["nsc spokesman"], description: "Spokesman", claimCount: 2 });
    expect(planMerge(into, from)).toEqual({
      into,
      from,
      claimsMoving: 2,
      aliasesMoving: ["nsc spokesman"],
      nameBecomesAlias: "Kirby",
      descriptionAdopted: null,
      result: { name: "John Kirby", kind: "person", description: "NSC", aliases: ["Admiral Kirby", "Kirby", "nsc spokesman"], claimCount: 5 },
    });
  });

  it("takes the description when the speaker who stays has none", () => {
    expect(planMerge(speaker("A"), speaker("B", { description: "Spokesman" }))).toMatchObject({ descriptionAdopted: "Spokesman", result: { description: "Spokesman" } });
  });

  it("never lists a label twice, even one both speakers hold", () => {
    const plan = planMerge(speaker("A", { aliases: ["X"] }), speaker("B", { aliases: ["x", "a", "Y"] }));
    expect(plan.aliasesMoving).toEqual(["Y"]);
    expect(plan.result.aliases).toEqual(["B", "X", "Y"]);
  });
});
