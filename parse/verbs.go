package parse

// Vocabularies of English attribution, read by quotes.go and speakers.go.
// They are data: add a row (with a real example line) rather than a branch.

// verbForm says how a reporting verb form attaches to its speaker.
type verbForm uint8

const (
	// finite forms take a subject before them or after them (inverted):
	// "Smith said", "said Smith".
	finite verbForm = iota
	// participle forms take the subject of their clause:
	// "Trump endorsed Cruz, saying he ...".
	participle
	// trailing forms are finite but so often something else ("continued
	// to rise", "promised to build") that they cue speech only when the
	// words come before them or after a colon: "“…,” she continued."
	trailing
)

// reportingVerb is one written form of a verb that reports speech.
type reportingVerb struct {
	form verbForm
	// told takes a listener before the reported words: "told reporters that".
	told bool
}

// verbRow lists the forms of one reporting verb; empty cells are forms
// that are too often nouns or other verbs ("states", "notes", "claims").
type verbRow struct {
	finite     []string
	participle string
	trailing   []string
	example    string
}

// reportingVerbRows are the reporting verbs and the forms that cue speech.
var reportingVerbRows = []verbRow{
	{[]string{"said", "says", "say"}, "saying", nil, `"We will not," he said.`},
	{[]string{"told", "tells", "tell"}, "telling", nil, `Trump told reporters that the wall would be built.`},
	{[]string{"added", "adds"}, "adding", nil, `"It is over," she added.`},
	{[]string{"asked", "asks"}, "asking", nil, `"Why now?" he asked.`},
	{[]string{"stated"}, "stating", nil, `The ministry stated that it would respond.`},
	{[]string{"explained", "explains"}, "explaining", nil, `He explained that the plan had failed.`},
	{[]string{"noted"}, "noting", nil, `Clinton noted that wages had risen.`},
	{[]string{"argued", "argues", "argue"}, "arguing", nil, `Critics argue that the law is unfair.`},
	{[]string{"claimed"}, "claiming", nil, `Trump claimed that he had won.`},
	{[]string{"insisted", "insists", "insist"}, "insisting", nil, `Rajoy insisted that his party was still first.`},
	{[]string{"warned", "warns", "warn"}, "", nil, `Officials warned that prices would rise.`},
	{[]string{"wrote", "writes"}, "", nil, `Kreutz wrote in a memo that the campaign had a plan.`},
	{[]string{"tweeted"}, "tweeting", nil, `Trump tweeted that the poll was rigged.`},
	{[]string{"announced", "announces"}, "announcing", nil, `Stoltenberg announced that the council had decided.`},
	{[]string{"declared", "declares"}, "declaring", nil, `Devine declared, "We are nowhere near the end game."`},
	{[]string{"replied", "replies"}, "replying", nil, `"I think she will," Gillibrand replied.`},
	{[]string{"responded"}, "responding", nil, `Sanders responded that the vote was close.`},
	{[]string{"acknowledged", "acknowledges"}, "acknowledging", nil, `He acknowledged that the race had tightened.`},
	{[]string{"admitted", "admits"}, "admitting", nil, `She admitted that mistakes were made.`},
	{[]string{"confirmed", "confirms"}, "confirming", nil, `The agency confirmed that talks had begun.`},
	{[]string{"suggested", "suggests", "suggest"}, "suggesting", nil, `Polls suggest that voters are tired.`},
	{[]string{"urged", "urges"}, "urging", nil, `He urged voters to turn out.`},
	{[]string{"emphasized", "emphasised", "emphasizes", "emphasises"}, "emphasizing", nil, `Puski emphasized that the position had not changed.`},
	{[]string{"stressed", "stresses"}, "stressing", nil, `She stressed that no decision had been made.`},
	{[]string{"reiterated", "reiterates"}, "reiterating", nil, `Puski reiterated on the 23rd that the United States will not fight.`},
	{[]string{"recalled", "recalls"}, "recalling", nil, `"It was cold," she recalled.`},
	{[]string{"complained", "complains"}, "complaining", nil, `Trump complained that the debate was rigged.`},
	{[]string{"predicted", "predicts"}, "predicting", nil, `He predicted that turnout would be high.`},
	{[]string{"testified"}, "testifying", nil, `Comey testified that he had not been told.`},
	{[]string{"remarked"}, "", nil, `"Quite a crowd," he remarked.`},
	{[]string{"countered"}, "", nil, `"That is not true," Cruz countered.`},
	{[]string{"conceded", "concedes"}, "conceding", nil, `He conceded that the vote was lost.`},
	{[]string{"vowed", "vows"}, "vowing", nil, `Cruz vowed to repeal the law.`},
	{[]string{}, "pledging", []string{"pledged"}, `"We will reopen," the governor pledged.`},
	{[]string{"contended", "contends"}, "", nil, `Lawyers contended that the search was illegal.`},
	{[]string{"maintained", "maintains"}, "", nil, `He maintained that he had done nothing wrong.`},
	{[]string{"asserted", "asserts"}, "asserting", nil, `She asserted that the memo was forged.`},
	{[]string{"boasted"}, "boasting", nil, `Trump boasted that the crowd was huge.`},
	{[]string{"observed"}, "", nil, `"They are tired," one voter observed.`},
	{[]string{"quipped"}, "", nil, `"Not bad," he quipped.`},
	{[]string{"shouted", "yelled"}, "", nil, `"They stole the country," the man shouted.`},
	{[]string{"cautioned"}, "", nil, `The bank cautioned that growth would slow.`},
	{[]string{"reported"}, "", nil, `The Times reported that the talks had stalled.`},
	{[]string{}, "", []string{"continued", "promised", "concluded", "joked", "wondered", "mused", "charged", "barked"}, `"Let us vote," Blackwell concluded.`},
}

// thatVerbs are forms that are as often nouns ("his claims", "the
// notes") and cue speech only between a subject that names who speaks and
// a clause ("that", a pronoun, a name, an article, a quotation): "Viguerie
// notes that Reagan Democrats can play a key role", "the Daily News claims
// that the NRA's refusal ...", "critics claim that", "the think tank notes
// the wage is mostly paid to new workers".
var thatVerbs = wordSet("notes", "note", "claims", "claim", "contend")

// clauseVerbs are forms that take a noun as object as often as a
// reported clause, and cue speech before words only when a clause
// follows ("that", a pronoun, a name, a quotation): "The bank reported
// that profits fell", not "The bank reported earnings of $2 a share";
// "He maintained he was innocent", not "the mill maintains two boilers";
// "The new coach asserted himself".
var clauseVerbs = wordSet("reported", "reports", "maintained", "maintains",
	"asserted", "asserts", "observed")

// promiseVerbs report a commitment whose words are an infinitive after
// "to"; they cue speech only so: "Cruz vowed to repeal the law", "Trump
// pledged to make Apple build computers here", "Clinton has promised to
// work to repeal the Hyde Amendment", "vowing to win his home state".
var promiseVerbs = wordSet("vowed", "vows", "vow", "vowing", "pledged", "pledges",
	"pledge", "pledging", "promised", "promises", "promise", "promising")

// possessivePronouns name the speaker of a promise by its owner: "his
// vow to get Mexico to pay" is his (he).
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}

// reportingVerbs maps each written form (lower case) to how it attaches.
var reportingVerbs = func() map[string]reportingVerb {
	m := map[string]reportingVerb{}
	for _, r := range reportingVerbRows {
		told := r.participle == "telling"
		for _, f := range r.finite {
			m[f] = reportingVerb{form: finite, told: told}
		}
		if r.participle != "" {
			m[r.participle] = reportingVerb{form: participle, told: told}
		}
		for _, f := range r.trailing {
			m[f] = reportingVerb{form: trailing}
		}
	}
	return m
}()

// auxWords may stand between a subject and its reporting verb:
// "Stoltenberg has also repeatedly said", "he would later say".
var auxWords = wordSet(
	"has", "have", "had", "also", "later", "then", "previously", "repeatedly",
	"once", "recently", "now", "earlier", "further", "again", "would", "will",
	"did", "does", "do", "might", "could", "may", "should", "must", "can",
	"reportedly", "simply", "only", "even", "just", "still", "long", "already",
	"often", "frequently", "flatly", "bluntly", "openly", "publicly", "privately",
	"first", "last", "since", "never", "always", "separately", "similarly",
	"specifically", "explicitly", "subsequently", "quickly", "immediately",
	"initially", "originally", "all", "both", "too", "not", "however", "meanwhile",
	"nonetheless", "nevertheless", "instead", "therefore",
	"cannot", // "Ames cannot say whether the vote will hold"
)

// coordinators join a second verb phrase to the subject of the first:
// "Putin delivered a speech ..., but said Russia had no plans".
var coordinators = wordSet("and", "but", "or", "yet")

// complementizers before a subject make its verb part of reported
// content, not a new attribution: "emphasized that the government has stated".
var complementizers = wordSet("that", "because", "if", "whether", "as", "since",
	"while", "although", "though", "when", "after", "before", "unless", "what", "how", "why")

// passiveAux before a participle makes a speakerless report:
// "It is reported that ...", "it was said".
var passiveAux = wordSet("is", "was", "are", "were", "been", "be", "being")

// determiners open a noun phrase: "the ministry", "some Republicans".
var determiners = wordSet("the", "a", "an", "this", "these", "those", "some", "many",
	"most", "several", "few", "other", "another", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "both", "each", "every", "no",
	"his", "her", "their", "its", "our", "my", "your", "more", "all", "such")

// leadWords open a sentence before its subject and are no part of it:
// "But Mr. Guerrero said", "However, he also said".
var leadWords = wordSet("but", "and", "so", "yet", "still", "then", "now", "also",
	"meanwhile", "however", "instead", "later", "earlier", "indeed", "moreover",
	"separately", "thus", "finally", "ultimately", "or", "nor", "again", "even")

// honorifics are dropped from a speaker's name: "Mr. Regalado" → "Regalado".
var honorifics = wordSet("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "mx.", "messrs.")

// titleWords end the title part of a noun phrase; the capitalised words
// after the last one are the name: "NATO Secretary-General Stoltenberg",
// "White House press secretary Puski", "Russian President Putin".
var titleWords = wordSet(
	"president", "vice-president", "secretary", "secretary-general", "minister",
	"spokesman", "spokeswoman", "spokesperson", "spokespeople", "senator", "sen.",
	"representative", "rep.", "congressman", "congresswoman", "governor", "gov.",
	"mayor", "chairman", "chairwoman", "chair", "director", "chief", "ceo",
	"general", "gen.", "admiral", "adm.", "lt.", "col.", "colonel", "captain",
	"capt.", "sgt.", "commissioner", "commander", "ambassador", "envoy", "judge",
	"justice", "attorney", "lawyer", "prosecutor", "sheriff", "officer", "dr.",
	"professor", "prof.", "adviser", "advisor", "aide", "strategist", "pollster",
	"analyst", "economist", "leader", "manager", "chancellor", "premier", "king",
	"queen", "prince", "princess", "pope", "cardinal", "bishop", "rev.", "reverend",
	"father", "sister", "candidate", "nominee", "founder", "co-founder", "head",
	"host", "anchor", "correspondent", "reporter", "editor", "columnist", "author",
	"writer", "professor", "historian", "researcher", "scientist", "expert",
	"official", "diplomat", "delegate", "speaker", "whip", "counsel", "deputy",
	"treasurer", "comptroller", "auditor", "superintendent", "coach", "owner",
	"executive", "partner", "fellow", "organizer", "activist", "consultant",
	"operative", "surrogate", "lt.gov.", "state", "sec.", "supt.", "pres.",
	"lieutenant", "major", "sergeant", "inspector", "marshal", "chairperson",
)

// orgWords mark a noun phrase as an organisation, which can speak but is
// not a person: "the ministry said", "O’Malley’s campaign says".
var orgWords = wordSet(
	"ministry", "department", "council", "committee", "commission", "campaign",
	"government", "administration", "office", "agency", "party", "house",
	"senate", "congress", "parliament", "court", "police", "army", "military",
	"company", "corporation", "corp.", "inc.", "group", "association", "union",
	"board", "bureau", "center", "centre", "institute", "foundation", "fund",
	"bank", "network", "news", "times", "post", "journal", "press", "tribune",
	"television", "tv", "radio", "newspaper", "magazine", "nato", "embassy",
	"organization", "organisation", "coalition", "alliance", "university",
	"school", "college", "service", "authority", "authorities", "team", "staff",
	"cnn", "msnbc", "fox", "nbc", "abc", "cbs", "reuters", "ap", "afp", "upi",
	"xinhua", "kremlin", "pentagon", "statement", "report", "poll", "survey",
	"study", "ad", "memo", "letter", "website", "spokesmen", "federation",
	"club", "church", "firm", "pac", "super", "league", "caucus", "delegation",
	"regime", "cabinet", "secretariat", "mission", "ministries", "newspaper",
)

// personPronouns refer back to a person: "he said".
var personPronouns = wordSet("he", "she", "i")

// pluralPronouns refer back to a group or an organisation.
var pluralPronouns = wordSet("they", "we", "it")

// relativeWords refer back to the noun phrase before them:
// "Mr. Regalado, who was born in Havana, said".
var relativeWords = wordSet("who", "which", "that")

// timeWords may follow a reporting verb before the reported words:
// "said Tuesday that", "said last week".
var timeWords = wordSet("monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later",
	"recently", "last", "this", "again", "previously", "repeatedly", "then",
	"also", "once", "now", "afterward", "afterwards", "privately", "publicly",
	"separately", "flatly", "bluntly", "simply", "immediately", "morning",
	"evening", "afternoon", "night", "week", "month", "year", "on", "in", "at",
	"during", "after", "before", "to", "with", "via", "through", "over", "from",
	"for", "by", "while", "about", "of", "the", "a", "an", "his", "her", "their",
	"its", "interview", "statement", "statements", "speech", "conference",
	"press", "news", "briefing", "email", "e-mail", "tweet", "post", "letter",
	"rally", "meeting", "event", "call", "phone", "telephone", "radio", "tv",
	"television", "show", "program", "programme", "debate", "hearing", "session",
	"release", "remarks", "appearance", "visit", "trip", "reporters",
	"journalists", "told", "when", "asked", "recent", "regular", "joint", "written",
	"emailed", "prepared", "broadcast", "televised", "radio", "online",
)

// listenerWords are who was told: "told reporters that", "told him".
var listenerWords = wordSet("reporters", "journalists", "him", "her", "them", "me",
	"us", "you", "supporters", "voters", "the", "a", "an", "his", "their",
	"crowd", "audience", "lawmakers", "viewers", "listeners", "host", "senators",
	"members", "colleagues", "friends", "students", "delegates", "residents",
	"crowds", "interviewer", "one", "an", "this", "newspaper",
	"media", "press", "jury", "jurors", "panel", "court", "committee", "magazine",
	"station", "broadcaster", "agency", "outlet", "website", "rally", "gathering",
	"congregation", "worshippers", "parishioners", "troops", "investigators",
	"police", "officials", "donors", "attendees", "guests", "visitors", "participants",
	"news", "conference", "briefing", "meeting", "forum", "session", "hearing", "summit") // "told the media", "told a rally in Ohio", "told a news conference in Ankara"

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordSet("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
	"gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "rev.", "prof.", "st.",
	"jr.", "sr.", "mt.", "ft.", "no.", "vs.", "v.", "inc.", "corp.", "co.", "ltd.",
	"jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
	"u.s.", "u.k.", "u.n.", "d.c.", "e.g.", "i.e.", "etc.", "al.", "ala.", "ariz.",
	"ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.",
	"kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.",
	"neb.", "nev.", "okla.", "ore.", "pa.", "tenn.", "tex.", "va.", "vt.", "wash.",
	"wis.", "wyo.", "n.y.", "n.j.", "n.h.", "n.c.", "s.c.", "n.d.", "s.d.", "r.i.",
	"w.va.", "a.m.", "p.m.", "sec.", "supt.", "pres.", "messrs.", "mx.", "ave.",
	"blvd.", "dept.", "est.", "approx.", "govt.")

// wordSet builds a lookup table from words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// groupNouns head a noun phrase of people who speak together or a
// role without a name: "Democratic officials said", "critics say".
var groupNouns = wordSet("officials", "official", "analysts", "analyst", "experts",
	"critics", "critic", "supporters", "supporter", "aides", "advisers", "advisors",
	"sources", "source", "people", "voters", "voter", "residents", "resident",
	"witnesses", "witness", "observers", "lawmakers", "lawmaker", "members", "member",
	"leaders", "organizers", "protesters", "protester", "investigators",
	"prosecutors", "economists", "strategists", "activists", "donors", "delegates",
	"insiders", "allies", "ally", "opponents", "democrats", "republicans",
	"conservatives", "liberals", "officers", "diplomats", "scholars", "researchers",
	"scientists", "doctors", "employees", "workers", "students", "parents", "friends",
	"spokesmen", "representatives", "executives", "candidates", "senators",
	"legislators", "governors", "mayors", "economists", "pollsters", "operatives",
	"man", "woman", "men", "women", "person", "someone", "veteran", "veterans",
	"attendee", "attendees", "rival", "rivals", "reporters", "editors", "authors",
	"speakers") // "speakers took turns urging the crowd to focus on ..."

// roleNouns head a description that stands for a person named earlier,
// after "the" and up to two words in lower case: "The billionaire
// businessman began ..., saying", "the real estate tycoon", "the actor".
var roleNouns = wordSet("businessman", "businesswoman", "tycoon", "mogul",
	"billionaire", "magnate", "actor", "actress", "comedian",
	"singer", "rapper", "musician", "star", "neurosurgeon", "surgeon",
	"physician", "front-runner", "frontrunner", "hopeful", "contender", "challenger",
	"incumbent", "entrepreneur", "filmmaker", "athlete", "boxer", "preacher",
	"pastor", "evangelist", "televangelist", "showman")

// npModifiers may stand before a title or a group noun in lower case:
// "White House press secretary Puski", "senior administration officials".
var npModifiers = wordSet("former", "senior", "top", "chief", "deputy", "assistant",
	"acting", "longtime", "press", "communications", "campaign", "national",
	"political", "foreign", "state", "federal", "local", "security", "policy",
	"defense", "military", "administration", "party", "congressional", "general",
	"executive", "managing", "associate", "interim", "principal", "special",
	"republican", "democratic", "conservative", "liberal", "independent", "county",
	"city", "district", "regional", "international", "u.s.", "american", "white",
	"house", "news", "public", "legal", "economic", "veteran", "prominent", "other",
	"retired", "then", "then-", "current", "incoming", "outgoing", "elected",
	"unnamed", "anonymous", "key", "close", "chief", "lead", "head", "digital",
	"finance", "health", "education", "justice", "energy", "trade", "treasury")

// prepositions open an adjunct, never a subject or a reported clause:
// "In a statement, ...", "added to the list".
var prepositions = wordSet("in", "on", "at", "to", "of", "for", "with", "by", "from",
	"about", "after", "before", "during", "over", "under", "into", "through",
	"against", "via", "without", "upon", "within", "among", "amid", "despite",
	"toward", "towards", "like", "near", "since", "until", "across")
