import { describe, expect, it } from "vitest";
import { articleAgreement, pairAgreement, type Analyst, type RatedClaim } from "./agreement";
import { clusterClaims } from "./units";

let next = 0;
const claim = (start: number, end: number, fields: Partial<RatedClaim> = {}): RatedClaim => ({
  id: `c${next++}`,
  start,
  end,
  kind: "attributed",
  speakerId: "kirby",
  cue: "said",
  confidence: "high",
  ...fields,
});

// Ana and Ben tagged the same article. Worked by hand:
//  0–10  both attributed, Kirby, "said", high        → exact match, agree on everything
//  20–30 / 21–30 both attributed, Kirby vs NSC        → lenient only; speaker differs; confidence high vs moderate
//  40–50 Ana reporter (moderate) / Ben attributed     → exact span, kinds differ
//  60–70 Ana reporter (low), Ben nothing               → unmatched
//  80–90 Ben reporter (low), Ana nothing               → unmatched
const ana: Analyst = {
  id: "ana",
  name: "Ana",
  claims: [
    claim(0, 10),
    claim(20, 30),
    claim(40, 50, { kind: "reporter", speakerId: null, cue: null, confidence: "moderate" }),
    claim(60, 70, { kind: "reporter", speakerId: null, cue: null, confidence: "low" }),
  ],
};
const ben: Analyst = {
  id: "ben",
  name: "Ben",
  claims: [
    claim(0, 10, { cue: "Said " }),
    claim(21, 30, { speakerId: "nsc", confidence: "moderate" }),
    claim(40, 50, { confidence: "moderate" }),
    claim(80, 90, { kind: "reporter", speakerId: null, cue: null, confidence: "low" }),
  ],
};

describe("agreement between two analysts", () => {
  const pair = pairAgreement(ana, ben);

  it("scores spans per kind, exactly and leniently", () => {
    // Attributed: Ana 2, Ben 3; exact 1 (0–10), lenient 2 (+20–30).
    expect(pair.attributed.exact).toMatchObject({ precision: 0.5, recall: 1 / 3, f1: 2 / 5, matched: 1 });
    expect(pair.attributed.lenient).toMatchObject({ precision: 1, recall: 2 / 3, f1: 4 / 5, matched: 2 });
    // Reporter: Ana 2 (40–50, 60–70), Ben 1 (80–90): nothing matches.
    expect(pair.reporter.exact).toMatchObject({ precision: 0, recall: 0, f1: 0, matched: 0 });
  });

  it("compares kind, confidence, speaker and cue on the matched spans", () => {
    expect(pair.matched).toBe(3);
    // Kind pairs: (att, att) (att, att) (rep, att): p_o = 2/3; marginals Ana att 2 rep 1, Ben att 3:
    // p_e = (2·3)/9 = 2/3, so κ = 0: no better than chance.
    expect(pair.kind).toEqual({ agreement: 2 / 3, kappa: 0, n: 3 });
    // Confidence pairs: (high, high) (high, moderate) (moderate, moderate): p_o = 2/3. Linear weights
    // (0, ½, 1): observed = ½·1/3 = 1/6; rows high 2, moderate 1; columns high 1, moderate 2;
    // expected = ½·(2·2 + 1·1)/9 = 5/18; κ_w = 1 − (1/6)/(5/18) = 0.4.
    expect(pair.confidence.agreement).toBeCloseTo(2 / 3, 12);
    expect(pair.confidence.kappa).toBeCloseTo(0.4, 12);
    // Speaker and cue only where both tagged an attributed claim: 0–10 and 20–30.
    expect(pair.speaker).toEqual({ agreement: 0.5, n: 2 });
    expect(pair.cue).toEqual({ agreement: 1, n: 2 });
  });

  it("gives α over everyone with the units it rests on", () => {
    const result = articleAgreement([ana, ben]);
    expect(result.analysts).toEqual([{ id: "ana", name: "Ana" }, { id: "ben", name: "Ben" }]);
    expect(result.pairs).toHaveLength(1);
    // Three units hold both analysts; kinds (a,a) (a,a) (r,a): o_aa = 4, o_ar = o_ra = 1; n_a = 5, n_r = 1, n = 6:
    // α = 1 − 5·2 / (2·5·1) = 0.
    expect(result.overall.n).toBe(3);
    expect(result.overall.alpha.kind).toBeCloseTo(0, 12);
  });
});

describe("units of comparison", () => {
  it("groups matched claims across analysts and marks the identical ones agreed", () => {
    const units = clusterClaims([ana, ben]);
    expect(units.map((u) => [u.start, u.end, u.versions.length, u.agreed])).toEqual([
      [0, 10, 2, true],
      [20, 30, 2, false],
      [40, 50, 2, false],
      [60, 70, 1, false],
      [80, 90, 1, false],
    ]);
  });

  it("joins three analysts' versions of one claim into one unit", () => {
    const cara: Analyst = { id: "cara", name: "Cara", claims: [claim(0, 10)] };
    const units = clusterClaims([ana, ben, cara]);
    expect(units[0]?.versions.map((v) => v.analystId)).toEqual(["ana", "ben", "cara"]);
    expect(units[0]?.agreed).toBe(true);
    expect(articleAgreement([ana, ben, cara]).pairs.map((p) => [p.a, p.b])).toEqual([["ana", "ben"], ["ana", "cara"], ["ben", "cara"]]);
  });
});

describe("agreement over several articles", () => {
  it("compares each pair on the articles both annotated, never across articles", async () => {
    const { corpusAgreement } = await import("./agreement");
    const result = corpusAgreement([
      { analysts: [{ id: "ana", name: "Ana", claims: [claim(0, 10)] }, { id: "ben", name: "Ben", claims: [claim(0, 10)] }] },
      // The same offsets in another article: Ana's 0–10 here must not match Ben's 0–10 above.
      { analysts: [{ id: "ana", name: "Ana", claims: [claim(0, 10)] }, { id: "cara", name: "Cara", claims: [claim(20, 30)] }] },
    ]);
    expect(result.pairs.map((p) => [p.a, p.b, p.attributed.exact.matched, p.attributed.exact.f1])).toEqual([
      ["ana", "ben", 1, 1],
      ["ana", "cara", 0, 0],
    ]);
    expect(result.analysts.map((a) => a.id)).toEqual(["ana", "ben", "cara"]);
    expect(result.overall.n).toBe(1);
  });
});
