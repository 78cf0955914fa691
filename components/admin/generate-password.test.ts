import { describe, expect, it } from "vitest";
import { GENERATED_PASSWORD_LENGTH, generatePassword } from "./generate-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/account-schemas";

describe("generatePassword", () => {
  it("makes 16 unambiguous letters and digits, long enough for an account", () => {
    const password = generatePassword();
    expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
    expect(GENERATED_PASSWORD_LENGTH).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]+$/);
  });

  it("differs every time", () => {
    expect(new Set(Array.from({ length: 50 }, () => generatePassword())).size).toBe(50);
  });

  it("draws again for bytes that would bias the alphabet", () => {
    // 228 and above are refused (228 = 4 × 57); 0 is "A", 56 is "9", 57 wraps to "A".
    let call = 0;
    const fill = (bytes: Uint8Array) => {
      if (call++ === 0) return bytes.fill(240);
      bytes.set([0, 228, 56, 57]);
      return bytes;
    };
    expect(generatePassword(3, fill)).toBe("A9A");
  });
});
