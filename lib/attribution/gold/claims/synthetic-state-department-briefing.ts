// Gold for a synthetic briefing story written for Claimlens (no third-party text), every sentence labelled.
import type { GoldRow } from "../load";

export const rows: GoldRow[] = [
  ["attributed", "Blinken", ":", "Ceasefire talks \"at a critical stage\"", "Antony Blinken"],
  ["reporter", null, null, "By a Claimlens staff writer (synthetic article written for testing)"],
  ["attributed", "Secretary of State Antony Blinken", "said", "negotiations over a ceasefire had reached a critical stage", "Antony Blinken"],
  ["attributed", "Secretary of State Antony Blinken", "urged", "both sides to accept the proposal on the table", "Antony Blinken"],
  ["attributed", "Blinken", "told", "We are closer than we have been in weeks,", "Antony Blinken"],
  ["attributed", "Blinken", "told", "But closer is not the same as done.", "Antony Blinken"],
  ["reporter", null, null, "The talks, which have stalled twice since March, are being mediated by Egypt and Qatar."],
  ["reporter", null, null, "Negotiators met in Cairo over the weekend."],
  ["attributed", "State Department spokesman Matthew Miller", "said", "the United States would keep pressing for the release of all hostages", "Matthew Miller"],
  ["attributed", "He", "added", "humanitarian deliveries had increased but remained far below what was needed", "Matthew Miller"],
  ["attributed", "a senior administration official", "According to", "the proposal includes a six-week pause in fighting and the exchange of prisoners", "a senior administration official"],
  ["attributed", "The official", "said", "Washington expected an answer within days", "a senior administration official"],
  ["attributed", "Aid groups", "disputed", "the administration's account", "Aid groups"],
  ["attributed", "Sarah Jennings", "said", "The trucks are not getting through,", "Sarah Jennings"],
  ["attributed", "Sarah Jennings", "said", "Every day we wait, more families go without food.", "Sarah Jennings"],
  ["attributed", "The United Nations", "said", "it had documented more than 200 attacks on aid convoys since January", "United Nations"],
  ["attributed", "reports", "reports", "the White House had threatened to withhold weapons shipments", "reports"],
  ["attributed", "The spokesman", "said", "all options remain under review.", "Matthew Miller"],
  ["attributed", "Officials in the region", "warning", "a deal could collapse at the last moment", "Officials in the region"],
  ["reporter", null, null, "The next round of talks is scheduled for Thursday."],
];
