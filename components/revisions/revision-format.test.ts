import { describe, expect, it } from "vitest";
import { actionLabel, authorLabel, formatDateTime, reanchorSummary, revisionsHref } from "./revision-format";

describe("revision display helpers", () => {
  it.each([
    ["import", "Imported"],
    ["edit", "Edited"],
    ["replace", "Replaced"],
    ["restore 3", "Restored from revision 3"],
    ["merge", "Merge"],
    ["", "Saved"],
  ])("names the action %j as %j", (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it("names the author, or says nobody is known", () => {
    expect(authorLabel(null)).toBe("Unknown analyst");
    expect(authorLabel("  ")).toBe("Unknown analyst");
    expect(authorLabel("Dana Scully")).toBe("Dana Scully");
  });

  it("formats a timestamp in UTC, the same on server and browser", () => {
    expect(formatDateTime("2023-11-21T09:05:00.000Z")).toBe("21 Nov 2023, 09:05 UTC");
    expect(formatDateTime("not a date")).toBeNull();
  });

  it("sums up what became of the claims, leaving out outcomes that did not happen", () => {
    expect(reanchorSummary({ exact: 0, moved: 12, fuzzy: 1, orphaned: 1 })).toBe("12 moved · 1 re-found by fuzzy matching · 1 orphaned");
    expect(reanchorSummary({ exact: 1200, moved: 0, fuzzy: 0, orphaned: 0 })).toBe("1,200 in place");
    expect(reanchorSummary({ exact: 0, moved: 0, fuzzy: 0, orphaned: 0 })).toBe("No claims to carry over");
    expect(reanchorSummary(null)).toBeNull();
  });

  it("links to the history, a revision and its changes", () => {
    expect(revisionsHref("a")).toBe("/articles/a/revisions");
    expect(revisionsHref("a", 3)).toBe("/articles/a/revisions/3");
    expect(revisionsHref("a", 3, "changes")).toBe("/articles/a/revisions/3#changes");
  });
});
