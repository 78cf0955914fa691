// Gold for a synthetic wire-style story written for Claimlens (no third-party text), every sentence labelled. Written
// after the third round of rules, to check them on text of another kind; scored once before any change.
import type { GoldRow } from "../load";

export const rows: GoldRow[] = [
  ["attributed", "union", "says", "Bus drivers vote to strike as talks stall", "union"],
  ["attributed", "their union", "said", "Bus drivers in the city voted overwhelmingly to strike from Monday", "union"],
  ["reporter", null, null, "after three months of talks over pay and schedules broke down"],
  ["attributed", "Union president Carla Mendes", "said", "91 percent of members who voted backed the walkout", "Carla Mendes"],
  ["attributed", "her", "By her own account", "the vote was the largest in the union's history", "Carla Mendes"],
  ["attributed", "Mendes", "said", "Our drivers have waited long enough,", "Carla Mendes"],
  ["attributed", "Mendes", "said", "They work split shifts, they miss their children's dinners, and they have had one raise in six years.", "Carla Mendes"],
  ["attributed", "Transit authority officials", "said", "they were disappointed", "Transit authority officials"],
  ["attributed", "the authority", "said", "it had offered a 4 percent raise over two years and remained ready to talk", "transit authority"],
  ["attributed", "he", "called", "the offer fair", "Paul Brennan"],
  ["attributed", "the authority's chief executive, Paul Brennan", "conceded", "schedules had become harder for drivers since the pandemic", "Paul Brennan"],
  ["attributed", "Brennan", "went on to say", "a strike would hurt the riders who depend on buses most", "Paul Brennan"],
  ["attributed", "Riders' groups", "warned", "a long strike would leave thousands of workers without a way to reach their jobs", "Riders' groups"],
  ["attributed", "one advocate", "put it", "the buses are the city's lifeline", "one advocate"],
  ["attributed", "the union's lawyer, Dana Whitfield", "Claiming", "the authority had hidden a budget surplus", "Dana Whitfield"],
  ["attributed", "the union's lawyer, Dana Whitfield", "told", "the offer could easily be doubled", "Dana Whitfield"],
  ["attributed", "The authority", "denied", "it had a surplus", "transit authority"],
  ["attributed", "Mendes", "wrote", "We do not want to strike. We want a contract that lets a driver finish a shift without falling asleep at the wheel.", "Carla Mendes"],
  ["attributed", "City Council member Joel Ferris", "said", "the council would hold a hearing on Thursday", "Joel Ferris"],
  ["attributed", "Ferris", "questioned", "whether the authority spent federal relief money wisely", "Joel Ferris"],
  ["reporter", null, null, "The last bus strike in the city, in 2011, lasted nine days."],
];
