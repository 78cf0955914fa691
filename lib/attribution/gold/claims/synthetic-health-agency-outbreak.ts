// Gold for a synthetic health story written for Claimlens (no third-party text), every sentence labelled. Written
// and labelled after the detector was tuned, and scored once before any change: a held-out check.
import type { GoldRow } from "../load";

export const rows: GoldRow[] = [
  ["attributed", "Health officials", "warn", "of measles cases in three counties", "State health officials"],
  ["reporter", null, null, "By a Claimlens staff writer (synthetic article written for testing)"],
  ["attributed", "State health officials", "confirmed", "14 cases of measles in three counties", "State health officials"],
  ["attributed", "State health officials", "urged", "parents to check their children's vaccination records", "State health officials"],
  ["attributed", "The Department of Health", "said", "most of the cases involved children who had not been vaccinated", "Department of Health"],
  ["attributed", "the department", "said", "Two patients were hospitalized", "Department of Health"],
  ["attributed", "Dr. Priya Raman", "said", "Measles is one of the most contagious diseases we know,", "Priya Raman"],
  ["attributed", "Dr. Priya Raman", "said", "One case can become dozens in a matter of weeks.", "Priya Raman"],
  ["attributed", "Raman", "told", "the outbreak appeared to have started at a youth soccer tournament in late March", "Priya Raman"],
  ["attributed", "She", "said", "investigators were still tracing contacts", "Priya Raman"],
  ["attributed", "state data", "according to", "Vaccination rates in the affected counties have fallen below 90 percent", "state data"],
  ["attributed", "Some parents", "said", "they had delayed shots during the pandemic and never caught up", "Some parents"],
  ["attributed", "Others", "expressed", "doubts about the vaccine's safety", "Some parents"],
  ["attributed", "Dr. Marcus Hill", "said", "The vaccine is safe, and it works,", "Marcus Hill"],
  ["attributed", "He", "said", "his clinic had extended its hours to meet demand", "Marcus Hill"],
  ["attributed", "The Centers for Disease Control and Prevention", "reported", "measles cases nationwide had reached their highest level in five years", "Centers for Disease Control and Prevention"],
  ["reporter", null, null, "County officials plan to open free vaccination clinics next week."],
];
