// Gold for a synthetic defence story written for Claimlens (no third-party text), every sentence labelled.
import type { GoldRow } from "../load";

export const rows: GoldRow[] = [
  ["attributed", "Pentagon report", "finds", "gaps in Army readiness", "Pentagon report"],
  ["attributed", "A new Defense Department report", "found", "fewer than half of the Army's combat brigades met readiness targets last year", "Defense Department report"],
  ["attributed", "The report", "said", "maintenance backlogs had grown by nearly 30 percent since 2021", "Defense Department report"],
  ["attributed", "Army Secretary Christine Wormuth", "acknowledged", "the problems", "Christine Wormuth"],
  ["attributed", "Wormuth", "said", "We have asked our soldiers to do more with less for too long. The equipment they train on is, in many cases, older than they are.", "Christine Wormuth"],
  ["attributed", "Wormuth", "said", "That has to change, and this budget begins to change it,", "Christine Wormuth"],
  ["attributed", "Sen. Roger Wicker", "criticized", "the budget request as inadequate", "Roger Wicker"],
  ["attributed", "he", "said", "You cannot fix a readiness crisis with a flat budget,", "Roger Wicker"],
  ["attributed", "Pentagon press secretary Maj. Gen. Pat Ryder", "told", "the department was reviewing the findings", "Pat Ryder"],
  ["attributed", "Ryder", "said", "The department would respond to each recommendation within 90 days", "Pat Ryder"],
  ["attributed", "Two defense officials", "said", "the Army was considering delaying the retirement of some older helicopters", "Two defense officials"],
  ["attributed", "They", "said", "no decision had been made", "Two defense officials"],
  ["attributed", "analysts", "said", "Recruiting remains the larger worry", "analysts"],
  ["attributed", "figures from the service", "according to", "The Army missed its recruiting goal by about 15,000 soldiers in 2022", "figures from the service"],
  ["attributed", "A survey by the RAND Corporation", "found", "most young Americans knew little about military careers", "RAND Corporation survey"],
  ["attributed", "The survey", "suggested", "many believed they would not qualify", "RAND Corporation survey"],
  ["attributed", "Wormuth", "said", "the Army had expanded a preparatory course that helps recruits meet fitness and academic standards", "Christine Wormuth"],
  ["attributed", "She", "called", "the early results encouraging", "Christine Wormuth"],
  ["attributed", "The inspector general", "recommended", "the Army track maintenance data more closely", "inspector general"],
];
