/** Re-anchoring claims after an article's text changed: the public face of lib/anchoring. */
export { reanchorAll, countOutcomes } from "./reanchor";
export { diffTexts, mapOffset, sharedLength, type TextDiff, type TextRange } from "./text-diff";
export {
  ACCEPT_THRESHOLD,
  MAX_ERROR_RATE,
  OUTCOMES,
  type Outcome,
  type Reanchored,
  type ReanchorOptions,
  type StoredAnchor,
} from "./types";
