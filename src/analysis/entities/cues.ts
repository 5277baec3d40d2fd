// Word lists that mark a name's kind from its own words or its neighbours. They describe English
// news style in general (titles, organisation and place head nouns, date words), never a given story.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Capitalised titles that precede a person's name ("President Vladimir Putin", "Mr. Kim"); stripped from the name. */
export const TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron
  President Vice Prime Premier Minister Secretary Governor Gov. Senator Sen. Rep. Representative Congressman
  Congresswoman Chancellor King Queen Prince Princess Pope Emperor Empress Sheikh Emir Sultan Ayatollah
  Mayor Ambassador Envoy Chairman Chairwoman Chairperson Spokesman Spokeswoman Spokesperson Leader
  Director Judge Justice General Gen. Colonel Col. Lieutenant Lt. Sergeant Sgt. Captain Capt. Admiral
  Commander Marshal Chief Coach Manager Deputy Commissioner Inspector Detective Officer Constable
  Archbishop Bishop Cardinal Rabbi Imam Reverend Rev. Father Pastor Crown Executive CEO Boss
  Attorney Solicitor Counsel Prosecutor Speaker Councillor Councilman Councilwoman MP MEP MSP Coordinator
  Det Det. Insp Insp. Supt Supt. Sgt Cpl Cpl. Lt Capt Maj Maj. Cllr Cllr. Amb Amb. Fr. Hon Hon. Adm Adm. Cmdr Cmdr.
`);

/** Letters after a person's name ("Jane Roe QC"): an acronym there is no sign of a product or an organisation. */
export const POST_NOMINALS = set(`QC KC MP MSP MEP MLA OBE MBE CBE KBE DBE PhD MD`);

/** Lower-case role nouns that, right before a name, say it is a person ("leader Kim", "spokesman Dmitry Peskov"). */
export const PERSON_NOUNS = set(`
  leader spokesman spokeswoman spokesperson minister president secretary governor senator analyst
  professor director chairman chairwoman chief executive coach manager striker midfielder defender
  goalkeeper captain actor actress singer star author writer novelist producer presenter comedian
  rapper musician artist designer chancellor economist lawyer mp candidate officer official envoy
  ambassador boss founder co-founder champion player winner correspondent editor journalist reporter
  commentator deputy mayor premier dictator king queen prince princess husband wife son daughter
  brother sister father mother uncle aunt colleague rival opponent coordinator adviser advisor
  researcher scientist expert head counterpart runner sprinter athlete batsman bowler golfer
  boxer jockey driver rider skipper forward winger fullback keeper veteran teammate team-mate
  businessman businesswoman entrepreneur investor chancellor judge prosecutor mr dr comic comedian
  pundit host chef model dancer poet painter photographer film-maker filmmaker playwright novelist
`);

/** Lower-case nouns that, right before or in apposition to a name, say it is an organisation. */
export const ORG_NOUNS = set(`
  newspaper agency company firm group broadcaster daily network party ministry university institute
  bank organisation organization charity union club team manufacturer maker carmaker retailer carrier
  airline giant operator publisher studio label channel station watchdog regulator council committee
  association federation foundation think-tank tank outlet website site magazine paper tabloid
  corporation conglomerate supermarket chain insurer lender
`);

/** Lower-case nouns that, in apposition or before "of", say a name is a place ("port city of Vladivostok"). */
export const PLACE_NOUNS = set(`
  city town village capital port region province country state island county district suburb area
  station border republic kingdom territory municipality prefecture oblast peninsula resort
`);

/** A capitalised last word that makes the whole name an organisation. */
export const ORG_HEADS = set(`
  University College School Academy Institute Institution Council Agency Forum Times Post Journal
  News Herald Telegraph Gazette Tribune Chronicle Observer Daily Party Department Ministry Office
  Bank Fund Company Co Co. Corp Corp. Corporation Inc Inc. Ltd Ltd. plc PLC Group Holdings Partners
  Association Union Committee Commission Organisation Organization Foundation Federation Society
  Club FC Board Authority Court Service Services Police Army Navy Force Forces Command Guard Parliament
  Assembly Congress Senate Government Administration Studios Records Airlines Airways Motors Systems
  Technologies Labs Network Networks Broadcasting Exchange League Bureau Trust Alliance Coalition
  Movement Front Church Museum Hospital Centre Center Media Press Radio Television TV Channel
  Magazine Review Industries Enterprises Electronics Pharmaceuticals Energy Petroleum Oil Telecom
  Communications Software Entertainment Pictures United City Rovers Athletic Wanderers Albion
  Hotspur Orchestra Band Cabinet Secretariat Directorate Inspectorate Unit Division Advisors Advisers
  Securities Capital Investments Insurance Studio Bourse Boerse Airline Brands Foods Stores Motor
  Treasury Chambers Lab Laboratory Laboratories Institut Universitat Universidad Theatre Theater
  Consortium Productions Instruments Railways Railway Aid Publishing Publications Solutions Consulting Ventures Aviation
  Limited LLC LLP GmbH AG Plc Incorporated Comics International
`);

/** Last words that make a name a company's, whatever the tagger read ("Warner Bros", "Chrysler Corp"). */
export const CORPORATE_SUFFIXES = set(`
  Inc Inc. Corp Corp. Co Co. Ltd Ltd. plc PLC Plc Bros Bros. Brothers LLC LLP GmbH AG SA NV Corporation
  Incorporated Limited Group Holdings
`);

/**
 * Heads of institutions that a text names in full once and then by the head alone ("the European
 * Commission" ... "the Commission said"); the bare head is that institution, not a name of its own.
 */
export const INSTITUTION_HEADS = set(`
  Commission Council Ministry Party Department Agency Committee Court Parliament Assembly Congress Senate
  Bank Fund Union Authority Board Bureau Institute University Federation Association Government
  Administration Organisation Organization Foundation Service
`);

/** Capitalised qualifiers that start a sentence before a name but are never part of it ("Former Downing Street media chief"). */
export const LEADING_QUALIFIERS = set(`Former Ex Then Late Acting Outgoing Incoming Retired Interim Disgraced Jailed Embattled Beleaguered Newly`);

/** A capitalised last word that makes the whole name a place. */
export const PLACE_HEADS = set(`
  Cosmodrome Spaceport Airport River Lake Sea Ocean Gulf Bay Strait Straits Island Islands Isles
  Peninsula Mountains Mountain Mount Valley Desert Canal Coast Province Region County District
  Prefecture Oblast Krai Street Square Avenue Road Bridge Park Border Strip Heights Hills Highlands
  Falls Plateau Basin Delta Harbour Harbor Port Territory Territories Republic Kingdom Emirates
  Cape Forest Glacier Reef Archipelago Steppe Plain Plains
`);

/** Lower-case words that continue a place name ("Amur region", "Korean peninsula"). */
export const LOWER_PLACE_HEADS = set(`region province prefecture oblast krai peninsula river strait islands valley`);

/** Lower-case two-word heads that continue a place name ("Vostochny space center"). */
export const LOWER_PLACE_HEAD_PAIRS = new Set(['space center', 'space centre', 'launch site', 'launch center', 'launch centre']);

/**
 * Head words that are synonyms for the alias key, so "X Cosmodrome" and "X space center" are the same place.
 * The key keeps the class, so "Amur region" and "Amur River" stay apart.
 */
export const HEAD_CLASSES: Record<string, string> = {
  cosmodrome: 'spaceport', spaceport: 'spaceport', 'space center': 'spaceport', 'space centre': 'spaceport',
  'launch site': 'spaceport', 'launch center': 'spaceport', 'launch centre': 'spaceport',
  center: 'centre', centre: 'centre', organization: 'organisation', organisation: 'organisation',
};

/** Lower-case particles inside personal names ("Charles de Gaulle", "Bashar al-Assad"). */
export const NAME_PARTICLES = set(`de da del della der den di du dos das van von la le bin ibn al el`);

/**
 * Closed-class words: a name never starts with one ("The", "In", "Did") and a personal name never
 * contains one ("Know My Name", "No Way Out" are titles of works).
 */
export const CLOSED_CLASS = set(`
  the a an in on at of for and but or nor to with by from as if it he she we they i you this that these
  those his her its our their my your me us them did does do done is are was were be been being will
  would can could should shall may might must not no yes so than then there here when where while what
  which who whom whose how why all some any each every both either neither after before during since
  until into onto upon about over under between against through without within among amid also just
  only even still yet up down out off again more most very too let get got go going however although
  though whereas meanwhile because unless nevertheless moreover indeed instead perhaps despite
`);

/** Verbs of saying; a name next to one is someone or something that speaks. */
export const SPEECH_VERBS = set(`said says told added stated according noted warned announced reported argued claimed explained insisted`);

/** Abbreviations whose final dot belongs to the word ("Corp.", "Jr.", "Sept."); any other "Word." ends a sentence. */
export const ABBREVIATIONS = set(`
  Mr Mrs Ms Dr Prof Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon St Mt Ft Jr Sr Co Corp Inc Ltd Bros
  Det Insp Supt Cpl Maj Cllr Amb Fr
  Dept Univ Ave Blvd Rd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol Fig approx etc vs
`);

/** Small words ignored when forming the initials of a name (DPRK: Democratic People's Republic of Korea). */
export const INITIALS_SKIP = set(`of for the and de du des la le on in at to 's ’s &`);
