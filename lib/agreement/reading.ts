/**
 * The plain-words reading of a κ or α by Landis & Koch (1977, "The measurement of observer agreement for
 * categorical data"): below 0 poor, up to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial, above almost
 * perfect.
 */

export const READINGS = ["poor", "slight", "fair", "moderate", "substantial", "almost perfect"] as const;
export type Reading = (typeof READINGS)[number];

export function landisKoch(value: number | null): Reading | null {
  if (value === null || Number.isNaN(value)) return null;
  if (value < 0) return "poor";
  if (value <= 0.2) return "slight";
  if (value <= 0.4) return "fair";
  if (value <= 0.6) return "moderate";
  if (value <= 0.8) return "substantial";
  return "almost perfect";
}

/** "substantial agreement", or "not enough to say" without a figure. */
export function readingInWords(value: number | null): string {
  const reading = landisKoch(value);
  return reading ? `${reading} agreement` : "not enough to say";
}
