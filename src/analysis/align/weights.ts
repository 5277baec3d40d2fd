// How much each kind of word counts. Measured on the seeds (with and without entity mentions) and
// on the 2,213 bbc articles; the figures are in stories.ts and align.ts.

/**
 * In sentence vectors (alignment), a name or entity mention counts twice a common word: within two
 * articles on one event, names say who and where ("Vostochny", "Matthew Miller"), the facts a
 * reader compares.
 */
export const SENTENCE_NAME_WEIGHT = 2;

/**
 * In whole-article vectors (similarity, stories), a name counts half a common word. Every article
 * on a topic names the same people and places over and over (Kim and Putin in all five seeds), so
 * names mark the topic; the event is in the common nouns ("spaceport", "missiles", "motorcade").
 * With 2, the seed on Putin's 2024 visit came out closer to the 2023 summit reports than one of
 * those reports did; with 0.5 the summit reports are each other's nearest neighbours.
 */
export const ARTICLE_NAME_WEIGHT = 0.5;

/**
 * News puts the event in the lead (the inverted pyramid): in article vectors the title line, the
 * caption and the first LEAD_SENTENCES sentences count LEAD_WEIGHT times.
 */
export const LEAD_SENTENCES = 2;
export const LEAD_WEIGHT = 3;
