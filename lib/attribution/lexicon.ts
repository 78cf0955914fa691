/**
 * Word lists the detector reads English news with: attribution cues (verbs of saying, believing and reporting,
 * "according to"), titles, role nouns, organisation words, pronouns and the small words around a cue.
 * General English, not tuned to any article.
 */

/** How a cue takes its content: a clause ("said that Y") or, for speech-act verbs, an object ("condemned Y"). */
export type CueKind = "speech" | "object";

// Verbs of saying, writing, believing and finding, by base form; irregular forms follow a colon.
const SPEECH_VERBS = [
  "say:said,says,saying", "tell:told,tells,telling", "write:wrote,writes,writing,written", "think:thought,thinks,thinking",
  "add", "warn", "note", "argue", "claim", "deny", "confirm", "state", "explain", "announce", "assert", "insist",
  "acknowledge", "admit:admitted,admits,admitting", "allege", "report", "stress", "emphasize", "emphasise", "suggest",
  "estimate", "predict", "caution", "urge", "vow", "threaten", "maintain", "testify", "tweet", "declare", "reply",
  "respond", "answer", "ask", "recall", "observe", "contend", "concede", "complain", "conclude", "mention", "remark",
  "reiterate", "promise", "pledge", "fear", "believe", "continue", "agree", "disagree", "worry", "counter", "retort", "quip",
  "joke", "charge", "indicate", "reveal", "disclose", "project", "recommend", "propose", "demand", "signal", "hint",
  "assure", "inform", "advise", "remind", "brief", "insinuate", "lament", "boast", "concur", "explain", "predict",
  "forecast:forecast,forecasts,forecasting", "find:found,finds,finding", "show:showed,shown,shows,showing",
  "speculate", "surmise", "acknowledge", "mention", "posit", "contend", "imply", "assess", "determine",
  "decry", "clarify", "elaborate", "reason", "affirm", "reaffirm", "proclaim", "declare", "attest", "certify",
  "expect", "hope", "doubt", "feel:felt,feels,feeling", "know:knew,knows,knowing,known", "understand:understood,understands",
  "recount", "describe", "detail", "outline", "repeat",
  // Verbs of learning, deciding and wondering, cues only before a clause (CLAUSE_ONLY_CUES), and "point out".
  "learn", "rule", "decide", "discover", "realize", "realise", "wonder", "point", "post", "hear:heard,hears,hearing",
];

/**
 * Lemmas that report speech or thought only before a clause ("ruled that", "wondered whether", "has learned that"),
 * not with an object ("ruled the country", "learned French", "posted a loss"); "point" only as "point out".
 */
export const CLAUSE_ONLY_CUES = new Set(["learn", "rule", "decide", "discover", "realize", "realise", "wonder", "point", "post", "hear"]);

// Speech-act verbs whose object is what was said ("X condemned Y" -> Y).
const OBJECT_VERBS = [
  "condemn", "criticize", "criticise", "praise", "reject", "welcome", "dismiss", "denounce", "blame", "defend",
  "slam", "accuse", "applaud", "endorse", "question", "dispute", "deny", "announce", "demand", "oppose", "support",
  "blast", "decry", "hail", "rebuke", "lambaste", "attack", "mock", "laud", "call:called,calls,calling",
  "promise", "pledge", "predict", "recommend", "propose", "confirm", "reveal", "disclose", "acknowledge", "admit:admitted,admits,admitting",
  "cite", "tout", "highlight", "dispute", "contest", "challenge", "express", "voice",
  "compliment", "bemoan", "liken", "recite", "ridicule", "chide", "commend",
];

/** Regular inflections of an English verb: base, -s, -ed, -ing. */
function inflect(spec: string): string[] {
  const [base = "", irregular] = spec.split(":");
  if (irregular) return [base, ...irregular.split(",")];
  const forms = [base];
  if (base.endsWith("e")) forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  else if (/(s|sh|ch|x)$/.test(base)) forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  else forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  return forms;
}

/** Every cue form, lower case, mapped to its base form and kind (object verbs win where a verb is both). */
export const CUES = new Map<string, { lemma: string; kind: CueKind }>();
const FORMS = new Map<string, Set<string>>();
for (const [specs, kind] of [[SPEECH_VERBS, "speech"], [OBJECT_VERBS, "object"]] as const) {
  for (const spec of specs) {
    const lemma = spec.split(":")[0] ?? spec;
    const forms = FORMS.get(lemma) ?? new Set<string>();
    FORMS.set(lemma, forms);
    for (const f of inflect(spec)) {
      CUES.set(f, { lemma, kind });
      forms.add(f);
    }
  }
}

/** Every form of a cue verb the detector reads, by its base form ("say" -> say, said, says, saying); [] when none. */
export function cueForms(lemma: string): string[] {
  return [...(FORMS.get(lemma) ?? [])];
}

/** Cue forms that are more often nouns or adjectives than verbs of saying; a cue only right after a subject. */
export const WEAK_CUE_FORMS = new Set([
  "claims", "reports", "states", "notes", "answers", "estimates", "charges", "demands", "projects", "signals",
  "hints", "fears", "doubts", "hopes", "shows", "attacks", "calls", "forecasts", "details", "outlines", "support",
  "supports", "question", "questions", "report", "claim", "state", "note", "answer", "estimate", "charge", "demand",
  "project", "signal", "hint", "fear", "doubt", "hope", "show", "attack", "call", "forecast", "detail", "outline",
  "welcome", "praise", "defend", "blame", "reply", "repeat", "mention", "promise", "pledge", "brief", "know", "known",
  "feel", "feeling", "thought", "found", "finding", "understanding", "shown", "written", "expect", "worry", "ask",
  "agree", "think", "believe", "say", "tell", "write", "add", "warn", "argue", "deny", "confirm", "urge", "vow",
  "spoke", "reason", "testify", "posit", "assess", "determine", "understand", "imply", "feels",
  "point", "points", "rule", "rules", "wonder", "wonders", "learning", "ruling", "post", "posts", "posting",
  "remark", "remarks", "contest", "contests", "challenge", "challenges", "attacks", "questioning",
]);

/** Nouns of saying that introduce content with "that" ("the mayor's claim that ...", "warnings from her lawyer that"). */
export const NOUN_CUES = new Set([
  "claim", "claims", "assertion", "assertions", "allegation", "allegations", "argument", "arguments", "warning",
  "warnings", "conclusion", "suggestion", "belief", "statement", "report", "reports", "promise", "pledge",
  "insistence", "contention", "charge", "charges", "accusation", "accusations", "admission", "denial", "prediction",
  "finding", "findings", "fear", "fears", "concern", "concerns", "assurance", "assurances", "complaint", "view",
  "announcement", "acknowledgment", "acknowledgement", "theory", "suspicion", "suspicions", "insinuation",
]);

/** Participles that open a second claim of the same speaker after a comma ("..., adding that Y"). */
export const FOLLOW_ON_CUES = new Set([
  "adding", "saying", "noting", "arguing", "warning", "insisting", "claiming", "explaining", "stressing",
  "asserting", "suggesting", "citing", "calling", "telling", "writing", "contending", "acknowledging", "admitting",
  "predicting", "emphasizing", "emphasising", "urging", "vowing", "promising", "describing", "denying", "confirming",
  "ruling", "finding", "concluding", "declaring", "announcing", "stating", "alleging", "complaining", "conceding",
  // Speech acts with an object: "..., blaming cheap imports", "..., reciting an oath".
  "blaming", "reciting", "touting", "praising", "criticizing", "criticising", "accusing", "condemning", "dismissing",
  "rejecting", "defending", "welcoming", "questioning",
]);

/** Verbs that take a cue as an infinitive without changing who speaks ("continued to insist", "went on to say"). */
export const CATENATIVES = new Set([
  "continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "seemed", "seems", "seem",
  "appeared", "appears", "tried", "tries", "try", "hastened", "hastens", "rushed", "went", "goes", "go", "gone",
  // A refusal to say still frames what was not said ("declined to say how much it cost").
  "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing",
]);

// Cues a refusal frames with the content left unsaid ("declined to say how", "refused to confirm whether").
const REFUSED_CUES = new Set(["say", "explain", "confirm", "disclose", "reveal", "specify", "detail", "describe", "elaborate", "estimate"]);

/**
 * Where the catenative chain before a cue starts (`tokens[k]` the cue): "continued to" in "continued to insist",
 * "went on to" in "went on to say"; -1 when the cue has none.
 */
export function catenativeStart(tokens: { lower: string }[], k: number): number {
  if (tokens[k - 1]?.lower !== "to") return -1;
  const verb = tokens[k - 2]?.lower ?? "";
  if (/^(declin|refus)/u.test(verb) && !REFUSED_CUES.has(CUES.get(tokens[k]?.lower ?? "")?.lemma ?? "")) return -1;
  if (CATENATIVES.has(verb) && !["went", "goes", "go", "gone"].includes(verb)) return k - 2;
  if (verb === "on" && ["went", "goes", "go", "gone", "going"].includes(tokens[k - 3]?.lower ?? "")) return k - 3;
  return -1;
}

/** Words that may stand between a subject and its cue ("has also said", "later told"). */
export const AUXILIARIES = new Set([
  "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "did", "does", "do",
  "also", "previously", "later", "repeatedly", "again", "then", "recently", "publicly", "privately", "separately",
  "further", "earlier", "first", "once", "reportedly", "often", "long", "already", "just", "still", "flatly",
  "strongly", "initially", "subsequently", "quickly", "immediately", "frequently", "explicitly", "openly", "firmly",
  "has been", "been", "even", "similarly", "likewise", "echoed", "specifically", "directly", "ultimately", "finally",
  "haven't", "hasn't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't", "wasn't", "can't",
  "couldn't", "haven’t", "hasn’t", "hadn’t", "didn’t", "doesn’t", "don’t", "won’t", "wouldn’t", "isn’t", "wasn’t",
  "can’t", "couldn’t", "never", "always", "usually", "sometimes",
]);

/** Words after a cue that are not yet the content ("said on Tuesday that", "told reporters in a statement"). */
export const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
  "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "earlier", "later", "recently",
  "last", "this", "on", "in", "at", "during", "a", "an", "the", "statement", "interview", "briefing", "conference",
  "news", "press", "call", "speech", "email", "emailed", "post", "tweet", "letter", "hearing", "told", "repeatedly",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "also", "then", "again", "publicly",
  "privately", "separately", "wednesday's", "written", "televised", "radio", "phone", "telephone", "joint", "brief",
  "ruling", "decision", "filing", "op-ed", "podcast", "broadcast", "memo", "report", "court", "speech", "address",
]);

/** Titles and offices that precede a name ("Defense Minister Sergei Shoigu": the name starts after the last). */
export const TITLE_WORDS = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sen", "sen.", "rep", "rep.", "gov", "gov.",
  "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "adm", "adm.", "sgt", "sgt.", "rev", "rev.",
  "president", "vice", "senator", "representative", "congressman", "congresswoman", "governor", "mayor", "secretary",
  "minister", "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "judge", "justice", "general",
  "admiral", "colonel", "major", "captain", "sergeant", "lieutenant", "commander", "chief", "director", "chairman",
  "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "coordinator", "ambassador", "envoy", "leader",
  "ayatollah", "sheikh", "attorney", "officer", "commissioner", "deputy", "assistant", "advisor", "adviser",
  "speaker", "candidate", "nominee", "ceo", "founder", "executive", "manager", "analyst", "professor", "economist",
  "strategist", "pollster", "lawyer", "counsel", "prosecutor", "sheriff", "detective", "inspector", "superintendent",
  "host", "anchor", "correspondent", "reporter", "editor", "columnist", "author", "activist", "officials", "official",
  "administrator", "head", "member", "cardinal", "bishop", "rabbi", "imam", "dean", "principal", "mogul", "billionaire",
  "businessman", "businesswoman", "candidate", "hopeful", "incumbent", "challenger", "ex", "former", "acting", "then",
  "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "trustee", "delegate",
]);

/** Words that make a capitalised name an organisation rather than a person. */
export const ORG_WORDS = new Set([
  "council", "department", "ministry", "pentagon", "house", "party", "committee", "group", "agency", "times", "post",
  "news", "association", "union", "institute", "university", "court", "commission", "administration", "office",
  "bureau", "service", "services", "corporation", "corp", "corp.", "inc", "inc.", "company", "co.", "campaign",
  "foundation", "center", "centre", "network", "organization", "organisation", "government", "army", "navy", "force",
  "forces", "police", "congress", "senate", "parliament", "kremlin", "board", "bank", "fund", "journal", "press",
  "reuters", "tribune", "herald", "gazette", "magazine", "cnn", "nbc", "cbs", "abc", "fox", "msnbc", "bbc", "ap",
  "afp", "state", "states", "nations", "coalition", "alliance", "federation", "authority", "authorities",
  "watch", "international", "command", "guard", "club", "society", "league", "caucus", "pac", "fbi", "cia", "nsa",
  "nato", "un", "eu", "who", "gop", "dnc", "rnc", "white", "cabinet", "embassy", "mission", "unit", "division",
  "hezbollah", "hamas", "taliban", "wagner", "project", "lab", "laboratories", "systems", "technologies", "group's",
  "review", "report", "poll", "survey", "study", "data", "records", "assembly", "tribunal", "monitor", "observatory",
  "war", "act", "bill", "law", "amendment", "treaty", "agreement", "accord", "plan", "program", "programme", "day",
  "games", "cup", "olympics", "summit", "forum", "conference", "election", "debate", "show", "series", "festival",
  "crisis", "revolution", "initiative", "strategy", "doctrine", "era", "airlines", "airways", "motors", "media",
]);

/** Nouns that name a document, record or poll as the source ("the report said"). */
export const DOCUMENT_NOUNS = new Set([
  "report", "statement", "poll", "survey", "study", "analysis", "letter", "memo", "memorandum", "document",
  "documents", "filing", "lawsuit", "complaint", "ruling", "order", "brief", "indictment", "release", "post",
  "tweet", "video", "website", "data", "figures", "records", "record", "research", "assessment", "review", "audit",
  "investigation", "paper", "article", "book", "email", "emails", "message", "transcript", "affidavit", "motion",
  "decision", "opinion", "editorial", "column", "estimate", "estimates", "forecast", "projection", "projections",
  "polls", "surveys", "studies", "reports", "statistics", "numbers", "findings", "model", "index", "summary",
  "submission", "petition", "testimony",
]);

/** Nouns that name a source by role ("the spokesman", "a senior official", "officials", "experts"). */
export const ROLE_NOUNS = new Set([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "expert", "experts",
  "analyst", "analysts", "diplomat", "diplomats", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
  "officer", "officers", "lawyer", "lawyers", "attorney", "attorneys", "witness", "witnesses", "resident",
  "residents", "critic", "critics", "supporter", "supporters", "observer", "observers", "investigator",
  "investigators", "prosecutor", "prosecutors", "researcher", "researchers", "scientist", "scientists", "economist",
  "economists", "judge", "minister", "president", "senator", "governor", "mayor", "secretary", "director", "leader",
  "leaders", "coordinator", "ambassador", "candidate", "nominee", "chairman", "chairwoman", "commander", "general",
  "representative", "lawmaker", "lawmakers", "legislator", "legislators", "executive", "executives", "member",
  "members", "voter", "voters", "worker", "workers", "doctor", "doctors", "professor", "man", "woman", "men",
  "women", "people", "person", "americans", "democrats", "republicans", "activists", "activist", "organizers",
  "authorities", "administration", "government", "campaign", "police", "military", "company", "agency", "ministry",
  "department", "committee", "court", "group", "pollster", "pollsters", "strategist", "strategists", "reporter",
  "reporters", "host", "commentator", "commentators", "insider", "insiders", "staffer", "staffers", "veteran",
  "veterans", "employee", "employees", "student", "students", "parent", "parents", "family", "spokespeople",
  "counsel", "negotiators", "negotiator", "allies", "ally", "opponents", "opponent", "friend", "friends",
  "colleague", "colleagues", "husband", "wife", "mother", "father", "son", "daughter", "brother", "sister",
  "chief", "head", "nominee", "incumbent", "challenger", "governments", "countries", "nations", "states", "partner",
  "partners", "citizens", "survivors", "victims", "users", "customers", "owners", "owner", "founder", "ceo",
  // Everyday occupations and roles of news speakers.
  "coach", "coaches", "manager", "managers", "teacher", "teachers", "nurse", "nurses", "engineer", "engineers",
  "chair", "chairs", "councillor", "councillors", "councilman", "councilwoman", "regulator", "regulators", "historian",
  "historians", "author", "authors", "writer", "writers", "editor", "editors", "player", "players", "farmer",
  "farmers", "landlord", "landlords", "tenant", "tenants", "physician", "physicians", "officers", "judges",
  "senators", "governors", "mayors", "ministers", "directors", "candidates", "nominees", "scholar", "scholars",
  "economists", "consultant", "consultants", "auditor", "auditors", "inspector", "inspectors", "specialist", "specialists",
  "advocate", "campaigner", "organizer", "organiser", "volunteer", "protester", "rider", "driver", "passenger", "patient",
]);

/** Regular plurals of singular nouns ("group" -> "groups", "agency" -> "agencies"), added to a noun set. */
function withPlurals(nouns: Set<string>): Set<string> {
  for (const n of [...nouns]) {
    if (/s$/u.test(n) || /(man|woman|person)$/u.test(n)) continue;
    nouns.add(/[^aeiou]y$/u.test(n) ? `${n.slice(0, -1)}ies` : /(sh|ch|x)$/u.test(n) ? `${n}es` : `${n}s`);
  }
  return nouns;
}
withPlurals(ROLE_NOUNS);
withPlurals(DOCUMENT_NOUNS);

/** Nouns naming a group or institution rather than a person, for the speaker's kind. */
export const INSTITUTION_NOUNS = withPlurals(new Set([
  "administration", "government", "campaign", "police", "military", "company", "agency", "ministry", "department",
  "committee", "court", "group", "authorities", "governments", "countries", "nations", "states", "council", "party",
  "office", "union", "organization", "organisation", "board", "commission", "network", "newspaper", "firm", "bank",
  "team", "coalition", "alliance", "embassy", "army", "navy", "regime", "kremlin", "pentagon", "congress", "senate",
  "authority", "utility", "council", "district", "county", "city", "school", "hospital", "university", "agency",
  "panel", "jury", "tribunal", "commission", "inquiry", "watchdog", "regulator", "newspaper", "outlet", "station",
]));

export const PERSON_PRONOUNS = new Set(["he", "she", "him", "her"]);
export const PLURAL_PRONOUNS = new Set(["they", "we"]);
export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who"]);

export const DETERMINERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some",
  "many", "several", "other", "another", "one", "two", "three", "few", "most", "all", "both", "each", "such", "no",
  "any", "more", "senior", "top", "former", "two", "three", "four", "five", "six", "dozens", "hundreds",
]);

/** Words that end a subject going backwards from a cue: clause openers and joiners. */
export const CLAUSE_BREAKS = new Set([
  "that", "which", "and", "but", "while", "because", "as", "if", "when", "after", "before", "since", "although",
  "though", "whereas", "so", "or", "nor", "than", "where", "until", "unless", "whether", "what", "how", "why",
  "said", "says", "not", "to", "who", "whom",
]);

/** Past participles that are not also past tenses: a cue only after "has", "have" or "had" ("has written"). */
export const PARTICIPLES = new Set(["written", "shown", "known", "understood", "thought", "felt", "found", "forecast"]);

/** Words that stand for a group of sources by themselves ("Some said ...", "Others questioned ..."). */
export const QUANTIFIER_SOURCES = new Set(["some", "others", "many", "most", "few", "several", "both", "all"]);

/** Words that make a capitalised name a place ("Gaza Strip", "Cook County"), never a person. */
export const PLACE_WORDS = new Set([
  "east", "gulf", "sea", "ocean", "river", "valley", "county", "city", "avenue", "square", "island", "islands",
  "peninsula", "coast", "mountains", "province", "region", "district", "airport", "station", "building", "tower",
  "strait", "canal", "desert", "republic", "kingdom", "emirates", "america", "europe", "asia", "africa", "strip",
  "heights",
]);

/** Countries and capitals, which speak for their governments ("Moscow warned"). */
export const PLACES = new Set([
  "russia", "china", "iran", "israel", "ukraine", "moscow", "beijing", "tehran", "washington", "kyiv", "kiev",
  "pyongyang", "seoul", "tokyo", "london", "paris", "berlin", "britain", "france", "germany", "japan", "india",
  "pakistan", "turkey", "ankara", "syria", "damascus", "iraq", "baghdad", "egypt", "cairo", "qatar", "doha",
  "lebanon", "beirut", "mexico", "canada", "ottawa", "america", "u.s.", "us", "uk", "u.k.", "eu", "brussels",
  "taiwan", "taipei", "jerusalem", "gaza", "riyadh", "delhi", "islamabad", "kabul", "venezuela", "cuba", "havana",
  "brazil", "spain", "madrid", "italy", "rome", "poland", "warsaw", "hungary", "budapest", "belarus", "minsk",
  "north", "south", "saudi", "arabia", "korea", "vietnam", "hanoi", "indonesia", "jakarta", "nigeria", "kenya",
]);

/** Capitalised words that are not names of speakers: weekdays, months, sentence openers. */
export const NOT_NAMES = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "in", "on",
  "at", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "as", "since", "although", "this",
  "that", "these", "those", "it", "its", "there", "here", "then", "now", "also", "however", "meanwhile", "still",
  "earlier", "later", "last", "next", "both", "all", "some", "many", "most", "for", "with", "without", "from", "by",
  "to", "of", "about", "what", "why", "how", "who", "whom", "whose", "which", "where", "asked", "speaking", "during",
  "until", "though", "even", "because", "according", "instead", "yes", "no", "not", "mr", "mrs", "ms", "we", "i",
  "you", "he", "she", "they", "his", "her", "their", "our", "my", "your", "one", "two", "three", "like", "unlike",
  "do", "does", "did", "other", "get", "let", "let's", "let’s", "please", "see", "read", "watch", "follow", "click",
  "sign", "related", "photo", "video", "advertisement", "image", "is", "are", "was", "were", "can", "will", "would",
  "could", "should", "might", "must", "shall",
]);

/** Prepositions that open an adjunct, not a subject ("In a statement, ..."). */
export const PREPOSITIONS = new Set([
  "in", "on", "at", "during", "after", "before", "with", "from", "under", "over", "since", "despite", "for", "of",
  "about", "into", "through", "between", "among", "amid", "against", "toward", "towards", "via", "without", "as", "by",
]);

/** "an official briefed on the talks", "a person informed about it": a participle that describes a source's noun. */
export function describesSource(tokens: { lower: string; word: boolean; cap: boolean }[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const lemma = t ? CUES.get(t.lower)?.lemma : undefined;
  return !!t && !!prev && !!next && /ed$/u.test(t.lower) && (lemma === "brief" || lemma === "inform") && ["on", "about", "of"].includes(next.lower) &&
    prev.word && !prev.cap && !PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower);
}
