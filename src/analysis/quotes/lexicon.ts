// Word lists the attribution rules rely on. General English news usage, no names.
// Plural-noun look-alikes ("reports", "states", "calls", "claims") are left out of the
// verb lists: "member states agreed" must not make "member" a speaker.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Finite verbs of speech, reporting and characterisation that credit words to their subject. */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds stated explained explains noted
  warned warns pledged pledges described describes called insisted insists argued argues
  asked asks replied replies answered wrote writes declared declares announced announces
  claimed continued continues urged urges admitted admits reported commented
  suggested suggests stressed stresses emphasised emphasises emphasized emphasizes
  acknowledged acknowledges conceded concedes recalled recalls promised vowed
  predicted predicts complained complains remarked concluded concludes confirmed confirms
  quipped joked testified tweeted posted cautioned demanded observed maintained responded
  responds countered agreed agrees denied denies revealed reveals branded dubbed hailed
  whispered shouted exclaimed muttered boasted sighed laughed smiled grumbled conceded
  praised praises criticised criticises criticized criticizes attacked condemned condemns
  welcomed welcomes thanked blamed accused`);

// Verbs of saying, writing and characterising in any form ("calling", "described", "tweets"):
// a quotation in a sentence that has one is more likely someone's words than a scare quote.
export const SPEECH_WORD = /\b(?:say(?:s|ing)?|said|tell(?:s|ing)?|told|call(?:s|ed|ing)?|describ\p{L}*|tweet\p{L}*|wr[io]te|writ(?:es|ing|ten)|add(?:s|ed|ing)|ask(?:s|ed|ing)?|warn\p{L}*|claim\p{L}*|argu\p{L}*|insist\p{L}*|declar\p{L}*|according|quot\p{L}*|announc\p{L}*|stat(?:es|ed|ing)|repl(?:y|ies|ied)|vow\p{L}*|pledg\p{L}*|promis\p{L}*|urg(?:e|es|ed|ing)|accus\p{L}*|prais\p{L}*|brand(?:s|ed|ing)|dubb\p{L}*|label\p{L}*|criticiz\p{L}*|criticis\p{L}*|dismiss\p{L}*|complain\p{L}*|suggest\p{L}*|predict\p{L}*|admit\p{L}*|acknowledg\p{L}*|conced\p{L}*|recall\p{L}*|not(?:ed|ing)|explain\p{L}*|respond\p{L}*|post(?:s|ed|ing)|blast\p{L}*|slamm?\p{L}*|mock\p{L}*|jok(?:e|es|ed|ing)|boast\p{L}*|den(?:y|ies|ied|ying)|remark\p{L}*|assert\p{L}*|decl(?:are|ared)|refer(?:s|red|ring)|spoke|speak\p{L}*|prais\p{L}*|touted?|vowed|urged|chant\p{L}*|shout\p{L}*|read)\b/iu;

/** Verbs that may introduce the speaker after the quote ("…," said Smith). */
export const INVERTED_VERBS = words(`
  said says added adds asked asks told wrote writes explained explains continued continues
  replied replies insisted insists warned warns declared declares stated states noted notes
  argued argues reported reports recalled recalls remarked concluded cautioned observed
  responded countered quipped joked admitted confirmed announced claimed stressed suggested
  whispered shouted exclaimed muttered boasted sighed laughed smiled grumbled`);

/** Words between a subject and its verb that do not break the pattern ("Smith has also said"). */
export const VERB_ADVERBS = words(`
  also later earlier previously then recently repeatedly once has have had would will
  reportedly publicly privately separately further again subsequently initially originally
  often frequently always never just already yesterday today meanwhile however though too
  instead himself herself itself themselves`);

/** Leading adverbials stripped from a subject phrase ("Yesterday Smith said"). */
export const LEADING_ADVERBIALS = words(`
  yesterday today earlier later meanwhile however but and so now then also still separately
  afterwards tonight overnight`);

/** Nouns naming a person by role: a phrase headed by one is a speaker even without a name. */
export const ROLE_NOUNS = words(`
  spokesperson spokesman spokeswoman spokespeople spokesmen official officials minister ministers
  secretary president chairman chairwoman chair director directors head chief executive
  analyst analysts expert experts professor researcher researchers economist economists source
  sources diplomat diplomats envoy ambassador adviser advisor advisers advisors aide aides
  representative representatives lawyer lawyers member members leader leaders governor mayor
  commander general officer officers manager managers coach captain founder owner boss
  spokesmen negotiator negotiators lawmaker lawmakers senator senators legislator legislators
  campaigner campaigners activist activists witness witnesses resident residents
  colleague colleagues critic critics observer observers insider insiders correspondent
  editor editors reporter reporters author authors partner partners chancellor premier
  deputy vice ceo cfo coo chairperson mp mep msp
  man woman men women people person fans voters users customers shoppers passengers students
  parents teachers doctors nurses patients workers staff employees victims survivors families
  judge judges jury candidate candidates strategist trader traders insider insiders`);

/** Letters after a name that are no part of it ("Jane Doe MP"). */
export const POST_NOMINALS = words(`MP MPs MEP MSP AM QC KC OBE MBE CBE Jr Jr. Sr Sr. PhD`);

/** Nouns a definite phrase uses to point back at a news source or organisation ("the report said"). */
export const SOURCE_NOUNS = words(`
  report agency newspaper paper daily broadcaster network channel outlet magazine website
  statement dispatch`);

/** Documents that can be quoted as saying something ("the lawsuit said", "a study found"). */
export const DOCUMENT_NOUNS = words(`
  lawsuit suit letter study survey filing complaint petition ruling judgment judgement verdict
  memo manifesto document documents papers indictment poll research`);

export const ORG_NOUNS = words(`
  ministry company firm government department group council party bank club committee
  commission authority authorities agency organisation organization union association
  institute university court office board team federation league police army military
  navy embassy administration regulator watchdog inc corp co ltd plc llc ag sa`);

/** Descriptors that may follow an organisation's name without changing who is meant
 *  ("the KCNA news agency", "the New York Times report"). */
export const ORG_DESCRIPTORS = words(`
  news agency report reports newspaper paper daily broadcaster network channel outlet
  magazine website wire service statement dispatch media group`);

export const DETERMINERS = words(`the a an his her its their our this that these those`);

export const PRONOUNS_PERSON = words(`he she`);
export const PRONOUNS_THING = words(`it`);
/** Pronouns that cannot be resolved to one speaker. */
export const PRONOUNS_OTHER = words(`they we i you one`);

/** Lowercase words that cannot be part of a speaker phrase: they end it. */
export const PHRASE_BREAKERS = words(`
  that which who whom whose when where while whether if because as than though although
  was were is are be been being not to on in with by during after before about into over
  under against between through without within since until upon via amid despite
  and or but nor so yet there here what how why this these those such
  quoting noting adding saying citing referring describing calling speaking according
  who's it's`);

/** Words right before an opening mark that make the quoted text a label or title, not speech. */
export const LABEL_WORDS = words(`
  titled entitled dubbed nicknamed called named so-called headlined codenamed
  film films album albums song songs single singles book books novel novels play plays
  show shows series programme programmes program programs movie movies track tracks
  musical musicals opera operas magazine column exhibition campaign game games slogan
  hit hits sitcom drama comedy documentary video word words term phrase motto`);

/** Titles and ranks before a personal name ("Prime Minister Tony Blair" -> "Tony Blair"). */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. dr dr. prof prof. professor president minister secretary governor
  gov. sen. senator rep. representative sir lord lady dame baroness baron chancellor general gen.
  king queen prince princess pope judge justice chairman chairwoman chief executive coach manager
  captain capt. colonel col. lt. lieutenant sgt. sergeant rev. reverend father sister ambassador
  mayor premier deputy vice commissioner director spokesman spokeswoman spokesperson leader
  inspector detective officer superintendent admiral marshal cardinal bishop archbishop
  congressman congresswoman councillor cllr chair founder editor mp mep msp del. sens. reps.`);

/** Capitalised words that are times, not names: they end a speaker phrase ("on Saturday called"). */
export const TEMPORAL = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june
  july august september october november december`);

/** Lowercase particles inside personal names. */
export const NAME_PARTICLES = words(`de du da das dos del della der den di van von la le bin ibn al el ter`);
