// A synthetic news archive for the growth benchmark: JSON Lines records shaped like the Reuters
// dump (id, title, source, date, body), each about an event of a story several outlets cover,
// with people (titles, full names, later surnames), organisations, places, quotations with
// speakers, numbers and money, so entity, quote, story and search costs are those of news
// rather than of repeated text. The vocabulary of names grows with the archive, as a real one's
// does. Deterministic: the same options give the same bytes.
import { closeSync, openSync, writeSync } from 'node:fs';
import countries from 'world-countries';
import { prng } from './synth';

export interface NewsSynthOptions {
  articles: number;
  /** PRNG seed: the same seed gives the same archive. */
  seed?: number;
  /** Sentences per article, inclusive; the default gives Reuters' mean length (about 140 words). */
  minSentences?: number;
  maxSentences?: number;
}

export interface NewsRecord {
  id: string;
  title: string;
  source: string;
  date: string;
  body: string;
}

type Random = () => number;
const pickFrom = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'BBC News', 'The Guardian', 'Yonhap', 'Kyodo', 'Bloomberg', 'Al Jazeera', 'Deutsche Welle', 'NPR', 'The Hindu'];
const FIRST_NAMES = ['Anna', 'James', 'Maria', 'Wei', 'Olga', 'Ahmed', 'Sofia', 'John', 'Yuki', 'Carlos', 'Fatima', 'Pierre', 'Ingrid', 'Rahul', 'Grace', 'Dmitry', 'Aisha', 'Lars', 'Mei', 'Kofi', 'Elena', 'Hiroshi', 'Laura', 'Omar', 'Sarah', 'Thomas', 'Priya', 'Jan', 'Chloe', 'Sergei', 'Amara', 'Michael', 'Lucia', 'Kenji', 'Nadia', 'David', 'Ji-woo', 'Ali', 'Emma', 'Pedro'];
const SYLLABLES = ['ka', 'ro', 'ven', 'mar', 'li', 'sto', 'ber', 'an', 'del', 'mo', 'ri', 'tan', 'sen', 'ol', 'vi', 'ch', 'ko', 'lu', 'nar', 'te', 'gra', 'es', 'wen', 'da', 'ho', 'ski', 'ez', 'berg', 'son', 'ova'];
const TITLES = ['President', 'Prime Minister', 'Minister', 'Governor', 'Senator', 'Dr.', 'General', 'Mayor', 'Judge', 'Ambassador'];
const ROLES = ['spokesperson', 'chief executive', 'chairman', 'director', 'finance minister', 'senior analyst', 'economist', 'foreign minister', 'head of research'];
const ORG_STEMS = ['Northern', 'United', 'Pacific', 'Atlantic', 'Central', 'National', 'Global', 'Eastern', 'Royal', 'Federal', 'Continental', 'Western'];
const ORG_KINDS = ['Bank', 'Energy Corp', 'Airlines', 'Steel Group', 'Motors', 'Institute', 'Council', 'Agency', 'University', 'Holdings', 'Telecom', 'Mining Co'];
const TOPICS = [
  { noun: 'talks', verb: 'resumed', thing: 'trade agreement' },
  { noun: 'strike', verb: 'spread', thing: 'wage dispute' },
  { noun: 'merger', verb: 'was approved', thing: 'takeover bid' },
  { noun: 'election', verb: 'was called', thing: 'coalition deal' },
  { noun: 'summit', verb: 'opened', thing: 'security pact' },
  { noun: 'flood', verb: 'worsened', thing: 'relief effort' },
  { noun: 'sanctions', verb: 'were extended', thing: 'export ban' },
  { noun: 'budget', verb: 'was unveiled', thing: 'spending plan' },
  { noun: 'earnings', verb: 'beat forecasts', thing: 'dividend' },
  { noun: 'protest', verb: 'grew', thing: 'pension reform' },
  { noun: 'drought', verb: 'deepened', thing: 'grain harvest' },
  { noun: 'ceasefire', verb: 'held', thing: 'prisoner exchange' },
  { noun: 'outage', verb: 'was fixed', thing: 'power grid' },
  { noun: 'inquiry', verb: 'was launched', thing: 'bribery case' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// Quotations are put together from parts: 625 of them, so quotes repeat within a story, not everywhere.
const CLAIM_PARTS = [
  ['we', 'the government', 'our company', 'nobody here', 'the markets'],
  ['will not accept', 'cannot ignore', 'are ready to discuss', 'expect', 'welcome'],
  ['any deal', 'the new figures', 'a second round of talks', 'the decision', 'the proposal'],
  ['that hurts our workers', 'before the end of the month', 'this year', 'on these terms', 'without a vote'],
];

const PLACES = countries.flatMap((c) => [c.name.common, ...c.capital]).filter((p) => /^[\p{L} .'-]+$/u.test(p));
const DEMONYMS = countries.map((c) => c.demonyms?.eng?.m).filter((d): d is string => !!d && /^[\p{L}-]+$/u.test(d));

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);

interface Person {
  first: string;
  last: string;
  title: string;
  role: string;
}

/** A story: one event, its principal actors and place, told by several outlets over a few days. */
interface Story {
  topic: (typeof TOPICS)[number];
  people: Person[];
  orgs: string[];
  place: string;
  demonym: string;
  day: number;
  figures: number[];
}

function makeSurname(random: Random): string {
  return capital(Array.from({ length: between(random, 2, 3) }, () => pickFrom(random, SYLLABLES)).join(''));
}

function makeOrg(random: Random): string {
  const roll = random();
  if (roll < 0.15) return Array.from({ length: between(random, 3, 4) }, () => String.fromCharCode(65 + Math.floor(random() * 26))).join('');
  if (roll < 0.3) return `Ministry of ${pickFrom(random, ['Finance', 'Defence', 'Trade', 'Health', 'Energy', 'Foreign Affairs'])}`;
  return `${pickFrom(random, ORG_STEMS)} ${makeSurname(random)} ${pickFrom(random, ORG_KINDS)}`;
}

function makeStory(random: Random): Story {
  return {
    topic: pickFrom(random, TOPICS),
    people: Array.from({ length: between(random, 2, 4) }, () => ({
      first: pickFrom(random, FIRST_NAMES),
      last: makeSurname(random),
      title: pickFrom(random, TITLES),
      role: pickFrom(random, ROLES),
    })),
    orgs: Array.from({ length: between(random, 1, 3) }, () => makeOrg(random)),
    place: pickFrom(random, PLACES),
    demonym: pickFrom(random, DEMONYMS),
    day: Math.floor(random() * 3650),
    figures: Array.from({ length: 3 }, () => between(random, 2, 9800)),
  };
}

/** One sentence of the story; `named` holds who has been named in full already (later: title and surname). */
function sentence(random: Random, s: Story, named: Set<Person>): string {
  const person = pickFrom(random, s.people);
  const introduced = named.has(person);
  const who = () => {
    named.add(person);
    return introduced ? `${person.title} ${person.last}` : `${person.title} ${person.first} ${person.last}`;
  };
  const org = pickFrom(random, s.orgs);
  const n = pickFrom(random, s.figures);
  const pct = `${between(random, 1, 19)}.${between(random, 0, 9)}`;
  const claim = CLAIM_PARTS.map((part) => pickFrom(random, part)).join(' ');
  const when = pickFrom(random, WEEKDAYS);
  switch (Math.floor(random() * 9)) {
    case 0:
      return `${who()}, ${person.role} of ${org}, said on ${when} that the ${s.topic.noun} in ${s.place} ${s.topic.verb}.`;
    case 1:
      return `“${capital(claim)},” ${introduced ? person.last : who()} said.`;
    case 2:
      return `"${capital(claim)}," said ${who()}, speaking in ${s.place}.`;
    case 3:
      return `According to ${org}, ${n.toLocaleString('en-US')} people were affected by the ${s.topic.thing} in ${s.place}.`;
    case 4:
      return `Shares of ${org} ${random() < 0.5 ? 'rose' : 'fell'} ${pct} percent to $${(n / 100).toFixed(2)} after the ${s.topic.noun}.`;
    case 5:
      return `${who()} told reporters in ${pickFrom(random, PLACES)}: “${capital(claim)}.”`;
    case 6:
      return `The ${s.demonym} ${s.topic.thing} is worth about ${n} million dollars, up from ${Math.round(n * 0.8)} million in ${pickFrom(random, MONTHS)}.`;
    case 7:
      return `${org} and ${s.orgs.find((o) => o !== org) ?? `the ${s.demonym} government`} have discussed the ${s.topic.thing} since ${pickFrom(random, MONTHS)}, officials in ${s.place} said.`;
    default:
      return `The ${s.topic.noun} ${s.topic.verb} on ${when}, ${pct} percent of ${s.demonym} voters ${random() < 0.5 ? 'backed' : 'opposed'} the ${s.topic.thing}.`;
  }
}

function isoDay(day: number): string {
  return new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** The archive's records, made one at a time (a 100k archive never sits in memory whole). */
export function* newsRecords(opts: NewsSynthOptions): Generator<NewsRecord> {
  const random = prng(opts.seed ?? 1);
  const min = opts.minSentences ?? 5;
  const max = opts.maxSentences ?? 13;
  let story = makeStory(random);
  let told = 0;
  let tellings = 0;
  for (let n = 0; n < opts.articles; n++) {
    // A story is told 1–5 times, by different outlets within a few days.
    if (told >= tellings) {
      story = makeStory(random);
      tellings = between(random, 1, 5);
      told = 0;
    }
    told++;
    const named = new Set<Person>();
    const lead = `${story.place}, ${isoDay(story.day)} - ${sentence(random, story, named)}`;
    const sentences = Array.from({ length: between(random, min, max) - 1 }, () => sentence(random, story, named));
    const paragraphs = [lead];
    for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
    const protagonist = story.people[0];
    yield {
      id: `news-${String(n + 1).padStart(6, '0')}`,
      title: `${protagonist.last} ${pickFrom(random, ['says', 'warns', 'hails', 'rejects'])} ${story.topic.thing} as ${story.place} ${story.topic.noun} ${story.topic.verb}`,
      source: pickFrom(random, OUTLETS),
      date: isoDay(story.day + between(random, 0, 3)),
      body: paragraphs.join('\n\n'),
    };
  }
}

/** Writes the archive to `path` as JSON Lines, in blocks, and returns its size in bytes. */
export function writeNewsCorpus(path: string, opts: NewsSynthOptions): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let block: string[] = [];
    const flush = () => {
      const text = block.join('');
      bytes += writeSync(fd, text);
      block = [];
    };
    for (const record of newsRecords(opts)) {
      block.push(JSON.stringify(record) + '\n');
      if (block.length === 1000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
