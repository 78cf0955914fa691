// Gold for a synthetic local story written for Claimlens (no third-party text), every sentence labelled.
import type { GoldRow } from "../load";

export const rows: GoldRow[] = [
  ["attributed", "Mayor Ortiz", ":", "Water rates will rise next year", "Elena Ortiz"],
  ["attributed", "Mayor Elena Ortiz", "announced", "The city's water rates will rise by 8 percent in January", "Elena Ortiz"],
  ["attributed", "Ortiz", "told", "the increase was needed to replace lead pipes and repair a treatment plant that dates to the 1950s", "Elena Ortiz"],
  ["attributed", "the mayor", "said", "Nobody likes paying more,", "Elena Ortiz"],
  ["attributed", "the mayor", "said", "But the alternative is a system that fails when we need it most.", "Elena Ortiz"],
  ["attributed", "Council member David Park", "said", "he would vote against the plan", "David Park"],
  ["attributed", "Park", "argued", "older residents on fixed incomes could not absorb another bill", "David Park"],
  ["attributed", "Park", "said", "We keep asking the same families to carry the load,", "David Park"],
  ["attributed", "Park", "adding", "the city should seek more federal money first", "David Park"],
  ["attributed", "The utility's director, Karen Lee", "said", "the city had already applied for two federal grants", "Karen Lee"],
  ["attributed", "she", "said", "The grants would cover about a third of the cost", "Karen Lee"],
  ["attributed", "A report by the city auditor", "warned", "the treatment plant could fail within a decade without major repairs", "city auditor report"],
  ["reporter", null, null, "Residents who spoke at the meeting were divided."],
  ["attributed", "Some", "said", "they had noticed discolored water in recent months", "Residents who spoke at the meeting"],
  ["attributed", "Others", "questioned", "whether the utility had managed its money well", "Residents who spoke at the meeting"],
  ["attributed", "Maria Gomez", "said", "I want clean water, and I want to know where my money goes,", "Maria Gomez"],
  ["reporter", null, null, "The council is expected to vote on the plan on Dec. 12."],
];
