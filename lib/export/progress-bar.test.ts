import { describe, expect, it } from "vitest";
import { progressBar } from "./progress-bar";

function capture(isTTY: boolean) {
  const written: string[] = [];
  return { written, output: { isTTY, columns: 100, write: (text: string) => written.push(text) } };
}

describe("progressBar", () => {
  it("draws a bar in place on a terminal, at most ten times a second", () => {
    const { written, output } = capture(true);
    let clock = 0;
    const bar = progressBar(output, "Exporting", "claims", 1000, () => clock);
    bar.update(0);
    clock = 50;
    bar.update(100);
    clock = 200;
    bar.update(520);
    bar.update(1000);
    bar.finish("Done.");
    expect(written).toHaveLength(5);
    expect(written[1]).toMatch(/^\rExporting \[#+-+\]  52%  520 \/ 1,000 claims/);
    expect(written[2]).toContain("100%");
    expect(written.slice(3)).toEqual(["\n", "Done.\n"]);
  });

  it("writes a plain line at each tenth elsewhere", () => {
    const { written, output } = capture(false);
    const bar = progressBar(output, "Importing", "claims", 100);
    for (let i = 0; i <= 100; i++) bar.update(i);
    bar.finish();
    expect(written).toHaveLength(11);
    expect(written[5]).toBe("Importing: 50% (50 of 100 claims)\n");
    expect(written.every((line) => !line.includes("\r"))).toBe(true);
  });
});
