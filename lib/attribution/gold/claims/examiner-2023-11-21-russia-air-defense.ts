// Gold for the sample article (db/seed), every sentence labelled: attributed claims with speaker, cue and
// content by the conventions of the scorer (content without speaker, cue, "that" or outer quotation marks; a
// quote split by its frame is two claims), and every other sentence a reporter statement.
import type { GoldRow } from "../load";

export const rows: GoldRow[] = [
  ["reporter", null, null, "Posted by on November 21, 2023 2:41 pm"],
  ["reporter", null, null, "Categories: News Washington Examiner"],
  ["attributed", "US", "warns", "Russia may provide air defense capability to Iran or Hezbollah", "U.S. National Security Council", 1],
  ["reporter", null, null, "In this picture released by an official website of the office of the Iranian supreme leader, Supreme Leader Ayatollah Ali Khamenei, left, speaks with Russian President Vladimir Putin during their meeting in Tehran, Iran, Tuesday, July 19, 2022."],
  ["reporter", null, null, "AP"],
  ["attributed", "US", "warns", "Russia may provide air defense capability to Iran or Hezbollah", "U.S. National Security Council", 2],
  ["reporter", null, null, "Mike Brest November 21, 01:54 PM November 21, 01:54 PM Video Embed"],
  ["attributed", "the U.S. National Security Council", "warned", "Russia could provide either Iran or Hezbollah, a U.S.-designated terrorist organization based in Lebanon, with air defense capabilities", "U.S. National Security Council"],
  ["reporter", null, null, "Leaders in Moscow and Tehran have grown increasingly close over the last two years as Russia found itself isolated on a global scale following its invasion of Ukraine."],
  ["reporter", null, null, "During the war, Iran has provided Russia with hundreds of “kamikaze” drones, known as Shaheds, that they have used primarily to target Ukrainian infrastructure."],
  ["reporter", null, null, "The latest development in their relationship includes the possibility that Tehran will provide Moscow with ballistic missiles in return for billions of dollars worth of military equipment, including aid to its satellite collection capabilities."],
  ["reporter", null, null, "The Wagner Group, a Russian paramilitary group that has at times joined Russian forces on the front lines, may provide Hezbollah or Iran with air defense capabilities as directed by Moscow as a part of their partnership."],
  ["attributed", "National Security Council coordinator John Kirby", "said", "In total, Iran is seeking billions of dollars worth of military equipment from Russia to strengthen its military capabilities. Russia has also been helping Iran develop and maintain its satellite collection capabilities and other space-based programs,", "John Kirby"],
  ["attributed", "National Security Council coordinator John Kirby", "adding", "the administration has information that indicates Moscow asked the Wagner Group to provide Iran or Hezbollah with an air defense capability", "John Kirby"],
  ["attributed", "he", "added", "We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran,", "John Kirby"],
  ["reporter", null, null, "In exchange, Tehran is considering providing Russian forces with ballistic missiles for their use in Ukraine."],
  ["reporter", null, null, "In September, Iran hosted Russian Defense Minister Sergei Shoigu and showcased its close-range ballistic missile systems."],
  ["attributed", "Kirby", "added", "Russia has been offering Tehran unprecedented defense cooperation including on missiles, electronics, and air defense. Earlier this year, Iran announced it had finalized a deal to buy Su-35 fighter jets from Russia,", "John Kirby"],
  ["attributed", "Kirby", "added", "Iran is seeking to purchase additional military equipment from Russia including attack helicopters, radars, and combat trainer aircraft.", "John Kirby"],
  ["reporter", null, null, "Russia turned to Iran for assistance as its forces continued to fall short of expectations in Ukraine, while Iran is now facing the prospect of entering its own conflict."],
  ["attributed", "Iranian leaders", "condemned", "Israel’s military campaign", "Iranian leaders"],
  ["reporter", null, null, "The overwhelming majority of the victims were civilians, while many of the bodies showed signs of torture and brutality."],
  ["reporter", null, null, "Another approximately 240 people were taken hostage and brought back to Gaza, where all but a handful have remained held against their will for about six weeks."],
  ["attributed", "Hezbollah", "has condemned", "Israel’s military response", "Hezbollah"],
  ["reporter", null, null, "Hezbollah has a more significant fighting arsenal than Hamas."],
  ["reporter", null, null, "© 2023 Washington Examiner"],
  ["reporter", null, null, "NewsRead More"],
  ["reporter", null, null, "Leave a Reply"],
  ["reporter", null, null, "Your email address will not be published."],
  ["reporter", null, null, "Required fields are marked *"],
];
