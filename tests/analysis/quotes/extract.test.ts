import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn, type EntitySpec } from './fixtures';

const PEOPLE: EntitySpec[] = [
  { name: 'Tomas Verlaine', type: 'person', forms: ['Verlaine', 'Mr Verlaine', 'Mr. Verlaine'] },
  { name: 'Ana Brill', type: 'person', forms: ['Brill', 'Ms Brill'] },
  { name: 'Norland Press Agency', type: 'organization', forms: ['NPA'] },
  { name: 'Daily Courier', type: 'organization', forms: ['The Daily Courier'] },
  { name: 'Norland', type: 'place' },
];

const run = (paragraphs: string[], specs: EntitySpec[] = PEOPLE) => quotesIn(paragraphs, specs);
const speakers = (paragraphs: string[], specs: EntitySpec[] = PEOPLE) => speakersIn(paragraphs, specs);

describe('extractQuotes: attribution patterns', () => {
  it('"Q," said [title] Name', () => {
    expect(speakers(['"The harbour will reopen in spring," said Finance Minister Tomas Verlaine.']))
      .toEqual([['The harbour will reopen in spring,', 'Tomas Verlaine']]);
  });

  it('"Q," Name said and "Q," [title] Name said, short forms linked to the full name', () => {
    expect(speakers([
      'Tomas Verlaine met the unions on Monday.',
      '"We have a deal at last," Verlaine said.',
      '"The deal is fair to everyone," Mr. Verlaine told reporters.',
    ])).toEqual([
      ['We have a deal at last,', 'Tomas Verlaine'],
      ['The deal is fair to everyone,', 'Tomas Verlaine'],
    ]);
  });

  it('Name said: "Q" and Name said that "Q", BBC style titles without a period', () => {
    expect(speakers([
      'Ana Brill chairs the committee.',
      'Ms Brill said: "The budget is simply not enough for the schools."',
      'She also said that "nobody in this room wants another strike".',
    ])).toEqual([
      ['The budget is simply not enough for the schools.', 'Ana Brill'],
      ['nobody in this room wants another strike', 'Ana Brill'],
    ]);
  });

  it('Name told X "Q" and an appositive between name and verb', () => {
    expect(speakers([
      'Tomas Verlaine told the newspaper "the strike is over for now".',
      '"Everything depends on the vote next week," Ana Brill, the union leader, said.',
    ])).toEqual([
      ['the strike is over for now', 'Tomas Verlaine'],
      ['Everything depends on the vote next week,', 'Ana Brill'],
    ]);
  });

  it('according to Name, also after the quote in the same sentence', () => {
    expect(speakers(['"The mines are safe again" after the repairs, according to Ana Brill who runs the inspectorate.']))
      .toEqual([['The mines are safe again', 'Ana Brill']]);
  });

  it('a fragment is credited to the subject of a speech or description verb', () => {
    expect(speakers([
      'Verlaine pledged his "full and lasting support" for "every single decision" made in Norland.',
      'The NPA described the talks as a "frank and useful exchange."',
    ], [...PEOPLE, { name: 'Tomas Verlaine', type: 'person', forms: ['Verlaine'] }])).toEqual([
      ['full and lasting support', 'Tomas Verlaine'],
      ['every single decision', 'Tomas Verlaine'],
      ['frank and useful exchange.', 'Norland Press Agency'],
    ]);
  });

  it('a quoted span with no cue continues the previous speaker', () => {
    expect(speakers([
      '"We came to talk," Ana Brill said on Friday. "We are staying until there is an answer."',
      '"Nobody will leave this building tonight."',
    ])).toEqual([
      ['We came to talk,', 'Ana Brill'],
      ['We are staying until there is an answer.', 'Ana Brill'],
      ['Nobody will leave this building tonight.', 'Ana Brill'],
    ]);
  });

  it('"he said" is the last named person, "it said" the last named organisation', () => {
    expect(speakers([
      'The NPA said the talks had ended without agreement.',
      'Tomas Verlaine said the unions had been stubborn.',
      '"They never wanted a compromise," he said.',
      '"The two sides will meet again in May," it said.',
    ])).toEqual([
      ['They never wanted a compromise,', 'Tomas Verlaine'],
      ['The two sides will meet again in May,', 'Norland Press Agency'],
    ]);
  });

  it('"the agency reported" and "said the report" resolve to the outlet named earlier', () => {
    expect(speakers([
      'The Daily Courier reported that the port would close.',
      '"The closure is expected to last three weeks," said the report.',
      'The NPA news agency carried the story too.',
      '"Ships have been turned away since dawn," the agency reported.',
    ])).toEqual([
      ['The closure is expected to last three weeks,', 'Daily Courier'],
      ['Ships have been turned away since dawn,', 'Norland Press Agency'],
    ]);
  });

  it('a role phrase without a name becomes the speaker', () => {
    expect(speakers(['"The border stays open for trade," a spokesperson from Norland’s transport ministry said on Monday.']))
      .toEqual([['The border stays open for trade,', 'Norland’s transport ministry spokesperson']]);
  });

  it('a speaker nobody names is null, never a guess', () => {
    const q = run(['Tomas Verlaine arrived late.', 'The statement ended: "Nothing further will be said on the matter today."']).quotes;
    expect(q.map((x) => x.speaker)).toEqual([null]);
    const q2 = run(['"The roads will be closed until the storm passes over the hills," read the sign.']).quotes;
    expect(q2.map((x) => x.speaker)).toEqual([null]);
  });

  it('"they said" stays null', () => {
    expect(speakers(['"We will be back next year with twice the numbers," they said.'])).toEqual([
      ['We will be back next year with twice the numbers,', null],
    ]);
  });
});

describe('extractQuotes: more cue shapes seen in news copy', () => {
  it('"X was quoted as saying" and "X quoted Y as saying"', () => {
    expect(speakers([
      'Tomas Verlaine was quoted by local radio as saying the mine was "safe for everyone who works there".',
      '"The figures do not add up," the NPA quoted Ana Brill as saying.',
    ])).toEqual([
      ['safe for everyone who works there', 'Tomas Verlaine'],
      ['The figures do not add up,', 'Ana Brill'],
    ]);
  });

  it('"Said Name:" opening a sentence, and a name in an appositive after a role', () => {
    expect(speakers([
      'Said Brill: "We were never consulted on any of it."',
      'The firm’s chief executive, Tomas Verlaine, told staff: "Nobody will lose their job this year."',
    ])).toEqual([
      ['We were never consulted on any of it.', 'Ana Brill'],
      ['Nobody will lose their job this year.', 'Tomas Verlaine'],
    ]);
  });

  it('"the minister said" is the person named earlier with that role', () => {
    expect(speakers([
      'Fisheries Minister Tomas Verlaine visited the port.',
      '"The quotas will not change before summer," the fisheries minister said.',
    ])).toEqual([['The quotas will not change before summer,', 'Tomas Verlaine']]);
  });

  it('"they said" is the group named as the last plural speaker', () => {
    expect(speakers([
      '"The rules are unfair to small farms," the inspectors said.',
      'The report would "undermine confidence in every audit we carry out", they said.',
    ])).toEqual([
      ['The rules are unfair to small farms,', 'inspectors'],
      ['undermine confidence in every audit we carry out', 'inspectors'],
    ]);
  });

  it('a parenthetical cue: "The plan, he says, is …"', () => {
    expect(speakers(['Tomas Verlaine arrived.', 'The "harbour plan for the whole coast", he says, is already late.']))
      .toEqual([['harbour plan for the whole coast', 'Tomas Verlaine']]);
  });

  it('a quotation left open at a paragraph end takes the speaker of its continuation', () => {
    expect(speakers([
      'Ana Brill was unmoved. "These things happen every winter. Nobody should be surprised.',
      '"The port will be open again by March," she added.',
    ])).toEqual([
      ['These things happen every winter. Nobody should be surprised.', 'Ana Brill'],
      ['The port will be open again by March,', 'Ana Brill'],
    ]);
  });

  it('a pronoun after the quote defers to the name that opened the sentence', () => {
    expect(speakers([
      'Tomas Verlaine spoke first.',
      'Later the union leader, Ana Brill, said: "We will not go back to the old ways," she said.',
    ])).toEqual([['We will not go back to the old ways,', 'Ana Brill']]);
  });

  it('a colon after a programme name introduces speech, not a title', () => {
    expect(speakers(['Ana Brill told the Morning Show programme: "We were never told about the closure."']))
      .toEqual([['We were never told about the closure.', 'Ana Brill']]);
  });

  it('a name before an affiliation is the speaker, not the organisation', () => {
    expect(speakers([
      '"Some of the patents are weak," said Dr Ana Brill of the Norland Press Agency.',
      'Tomas Verlaine of the Daily Courier said the paper would "fight the ruling in every court".',
      '"Nobody reads the small print," said Dr Lena Okafor of the Daily Courier.',
    ])).toEqual([
      ['Some of the patents are weak,', 'Ana Brill'],
      ['fight the ruling in every court', 'Tomas Verlaine'],
      ['Nobody reads the small print,', 'Lena Okafor'],
    ]);
  });

  it('days of the week are not speakers', () => {
    expect(speakers(['A newspaper on Saturday called the plan "a disappointment of historic proportions" for the town.']))
      .toEqual([['a disappointment of historic proportions', 'newspaper']]);
  });
});

describe('extractQuotes: clauses around the subject', () => {
  it('a participle of speech credits the subject of the clause', () => {
    expect(speakers(['Ana Brill paid tribute to her rival, saying: "She has had a hard two years and came back stronger."']))
      .toEqual([['She has had a hard two years and came back stronger.', 'Ana Brill']]);
  });

  it('a relative clause between subject and verb', () => {
    expect(speakers(['Mr Verlaine, who last year denied he would stand again for the seat, said the vote was "a difficult moment for all of us".'], [
      { name: 'Tomas Verlaine', type: 'person', forms: ['Mr Verlaine'] },
    ])).toEqual([['a difficult moment for all of us', 'Tomas Verlaine']]);
  });

  it('"X quoted someone in the talks as saying" and "Name, a role said"', () => {
    expect(speakers([
      '"They moved so quickly it caught everyone by surprise," the Daily Courier quoted an insider in the talks as saying.',
      'Lena Okafor, a parliamentary candidate said the rally had gone well: "I think every voter should see this."',
    ])).toEqual([
      ['They moved so quickly it caught everyone by surprise,', 'insider'],
      ['I think every voter should see this.', 'Lena Okafor'],
    ]);
  });
});

describe('extractQuotes: who "he" is', () => {
  const people: EntitySpec[] = [
    { name: 'Tomas Verlaine', type: 'person', forms: ['Verlaine', 'Mr Verlaine'] },
    { name: 'Piet Okoro', type: 'person', forms: ['Okoro', 'Mr Okoro'] },
    { name: 'Unionist', type: 'person' }, // an extractor's mistake: a party word typed as a person
  ];

  it('the name at the head of a sentence, past a leading party word and role', () => {
    expect(speakers([
      '"The vote was fair," said Piet Okoro.',
      'Unionist shadow home secretary Tomas Verlaine was worried about the new powers. He warned: "History shows this always backfires on those who try it."',
    ], people)).toEqual([
      ['The vote was fair,', 'Piet Okoro'],
      ['History shows this always backfires on those who try it.', 'Tomas Verlaine'],
    ]);
  });

  it('the one person named in the sentence before', () => {
    expect(speakers([
      'Piet Okoro said a strong currency was "in the national interest".',
      'But that was not enough for Mr Verlaine. "If they change their policy we will follow at once," he said.',
    ], people)).toEqual([
      ['in the national interest', 'Piet Okoro'],
      ['If they change their policy we will follow at once,', 'Tomas Verlaine'],
    ]);
  });

  it('but not a name that is the object of a "he" sentence', () => {
    expect(speakers([
      'For Piet Okoro, director of a studio, the future is exciting.',
      'He has worked with Tomas Verlaine on three films. "The two worlds are now one," he told the paper.',
    ], people)).toEqual([['The two worlds are now one,', 'Piet Okoro']]);
  });

  it('a name after "the" modifies a noun and is no subject', () => {
    expect(speakers([
      'Piet Okoro is puzzled by the campaign.',
      'The Tomas Verlaine "harbour plan for the whole coast", he says, is the latest example.',
    ], people)).toEqual([['harbour plan for the whole coast', 'Piet Okoro']]);
  });

  it('a clause ending in a colon introduces its person subject\'s words, not a thing\'s', () => {
    expect(speakers([
      'Mr Okoro is confident though: "People will see the difference at once."',
      'The question will be: "Should the harbour be sold to the highest bidder?"',
    ], people)).toEqual([
      ['People will see the difference at once.', 'Piet Okoro'],
      ['Should the harbour be sold to the highest bidder?', null],
    ]);
  });

  it('an initial inside a name', () => {
    expect(speakers(['Charles A Whitlow, vice-president of the firm, said the ruling "dramatically transforms the case".']))
      .toEqual([['dramatically transforms the case', 'Charles A Whitlow']]);
  });

  it('a person named as a modifier of a role does not speak', () => {
    expect(speakers(['A Verlaine lawyer told her the mother would be made to look like "a liar in front of the whole town".'], people))
      .toEqual([['a liar in front of the whole town', 'Verlaine lawyer']]);
  });
});

describe('extractQuotes: phrases that name nobody, or name someone inside', () => {
  it('strips post-nominals, trailing adverbs and leading clutter from speaker names', () => {
    expect(speakers([
      'Opposition frontbencher Lena Okafor MP demanded that the papers be "published in full before the vote".',
      '"We are ready for the first ships of the season," the port director meanwhile said.',
    ])).toEqual([
      ['published in full before the vote', 'Lena Okafor'],
      ['We are ready for the first ships of the season,', 'port director'],
    ]);
  });

  it('a day before a comma is not the holder of a title', () => {
    expect(speakers(['Asked about the concert on Friday, the fans agreed it was "the best night of the year".']))
      .toEqual([['the best night of the year', 'fans']]);
  });

  it('"according to" needs a source, and a common-noun subject that cannot speak credits nobody', () => {
    expect(speakers([
      'Tomas Verlaine spoke first.',
      'Voters are sorted according to their last known intention, from "safe for the party" to "lost to the party".',
      'The restoration of the old harbour revealed some surprises.',
      '"There are carvings behind the wall that nobody had seen for centuries."',
    ])).toEqual([
      ['safe for the party', null],
      ['lost to the party', null],
      ['There are carvings behind the wall that nobody had seen for centuries.', null],
    ]);
  });

  it('keeps name particles and "and" inside firm names', () => {
    expect(speakers([
      'Trade Minister Anouk van Dijkstra said the offer was "far below what we expected".',
      'Piet Okoro of Brandt Hollis and Co Inc noted that wages were rising.',
      '"Combined with longer hours, this means a healthy gain in income," he said.',
    ])).toEqual([
      ['far below what we expected', 'Anouk van Dijkstra'],
      ['Combined with longer hours, this means a healthy gain in income,', 'Piet Okoro'],
    ]);
  });

  it('"she" skips a person the article calls Mr', () => {
    expect(speakers([
      'Ana Brill has held the seat since 1997.',
      '"We will win this seat back," said Tomas Verlaine, who is Mr Verlaine to his staff.',
      'She said: "I am delighted to face him at last."',
    ])).toEqual([
      ['We will win this seat back,', 'Tomas Verlaine'],
      ['I am delighted to face him at last.', 'Ana Brill'],
    ]);
  });

  it('an epithet ("the 24-year-old", "the Spaniard") points back like "he"', () => {
    expect(speakers([
      'Tomas Verlaine won the final in straight sets.',
      '"I wish every match was this easy," the 24-year-old told reporters.',
      '"Next year I go for the double," the Spaniard said.',
    ])).toEqual([
      ['I wish every match was this easy,', 'Tomas Verlaine'],
      ['Next year I go for the double,', 'Tomas Verlaine'],
    ]);
  });

  it('a document can be the source ("her lawsuit said")', () => {
    expect(speakers(['Her lawsuit, filed in the district court, said she had "never taken any banned substance".']))
      .toEqual([['never taken any banned substance', 'lawsuit']]);
  });

  it('a role with a name in apposition is the named person', () => {
    expect(speakers(['A lawyer for the families, Lena Okafor, told reporters: "This settlement is only the beginning."']))
      .toEqual([['This settlement is only the beginning.', 'Lena Okafor']]);
  });
});

describe('extractQuotes: labels, ids and spans', () => {
  it('leaves out scare quotes and titles of works', () => {
    const q = run([
      'The plan, dubbed "Operation Clean Harbour by the Sea", began in May.',
      'Her new film "A Quiet Summer in the North" opens on Friday.',
      'The ferry left at noon for what the timetable still lists as "the island".',
    ]).quotes;
    expect(q).toEqual([]);
  });

  it('keeps a characterisation someone is reported to make (PolNeAR annotates it as their words)', () => {
    const q = run(['Critics call it a "vanity project" of the mayor.']).quotes;
    expect(q.map((x) => x.text)).toEqual(['vanity project']);
  });

  it('gives stable ids, spans inside the marks and a cue span', () => {
    const { a, quotes } = run(['"Rates will rise," said Ana Brill. "Not today, but soon."']);
    expect(quotes.map((q) => q.id)).toEqual(['syn:q1', 'syn:q2']);
    for (const q of quotes) expect(a.text.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(a.text[quotes[0].span.start - 1]).toBe('"');
    expect(a.text.slice(quotes[0].cue!.start, quotes[0].cue!.end)).toBe('said Ana Brill');
    expect(quotes[1].cue).toBeUndefined();
    expect(quotes[1].speaker?.entity).toBe('person:ana-brill');
  });

  it('never takes an apostrophe for a quotation mark', () => {
    const { quotes } = run(['Norland’s ministers met Brill’s team. "It’s the workers’ money," Brill said.']);
    expect(quotes.map((q) => q.text)).toEqual(['It’s the workers’ money,']);
  });

  it('handles unbalanced marks without crashing', () => {
    expect(() => run(['He said "this never ends.', '"And a final " stray mark" here, Brill said.'])).not.toThrow();
  });
});

describe('extractQuotes: role epithets and pronouns after two names', () => {
  const PEOPLE_AND_SEAT: EntitySpec[] = [
    { name: 'Rhys Tallow', type: 'person', forms: ['Tallow', 'Mr Tallow'] },
    { name: 'Ivo Marsh', type: 'person', forms: ['Marsh', 'Mr Marsh'] },
    { name: 'Dunmore West', type: 'place' },
  ];

  it('"the <Place> MP" is the one person the article names as an MP, never the place', () => {
    const { quotes } = run([
      'Labour MP Rhys Tallow has spoken of his surprise at the result.',
      '"It was the last thing I expected," said the Dunmore West MP.',
    ], PEOPLE_AND_SEAT);
    expect(quotes.map((q) => q.speaker)).toEqual([{ name: 'Rhys Tallow', entity: 'person:rhys-tallow' }]);
  });

  it('"the <Place> MP" names the person given that exact role, else stays a role phrase', () => {
    expect(speakers([
      'Labour MP Rhys Tallow and Ivo Marsh, the Dunmore West MP, met voters.',
      '"The count was fair," said the Dunmore West MP.',
    ], PEOPLE_AND_SEAT)).toEqual([['The count was fair,', 'Ivo Marsh']]);
    const two = run([
      'Labour MP Rhys Tallow and Conservative MP Ivo Marsh met voters.',
      '"The count was fair," said the Dunmore West MP.',
    ], PEOPLE_AND_SEAT).quotes;
    expect(two.map((q) => q.speaker)).toEqual([{ name: 'Dunmore West MP' }]);
    const none = run(['"The count was fair," said the Dunmore West MP.'], PEOPLE_AND_SEAT).quotes;
    expect(none.map((q) => q.speaker)).toEqual([{ name: 'Dunmore West MP' }]);
    // The one MP named is not the person the story is on: the epithet may mean someone else.
    const elsewhere = run([
      'Labour MP Rhys Tallow has resigned.',
      'Ivo Marsh said the seat would be contested.',
      '"The count was fair," said the Dunmore West MP.',
    ], PEOPLE_AND_SEAT).quotes;
    expect(elsewhere.map((q) => q.speaker)).toEqual([{ name: 'Dunmore West MP' }]);
  });

  it('"he" after "X was sacked … - a move Y has backed" is Y, the one acting, not X, the one acted on', () => {
    expect(speakers([
      'Tallow was dropped by the club on Friday - a decision Marsh has defended. But he said: "Everyone deserves a second chance after a ban."',
    ], PEOPLE_AND_SEAT)).toEqual([['Everyone deserves a second chance after a ban.', 'Ivo Marsh']]);
  });

  it('"he" after a passive subject is that subject when nobody else acts, or acts only in a subordinate clause', () => {
    expect(speakers([
      'Tallow was dropped by the club on Friday after a row with Marsh. But he said: "Everyone deserves a second chance after a ban."',
    ], PEOPLE_AND_SEAT)).toEqual([['Everyone deserves a second chance after a ban.', 'Rhys Tallow']]);
    // A person acting in a subordinate clause does not take over: Tallow is the one asked, and answers.
    expect(speakers([
      'Mr Tallow was asked if Mr Marsh would stand again. "Everyone deserves a second chance after a ban," he said.',
    ], PEOPLE_AND_SEAT)).toEqual([['Everyone deserves a second chance after a ban,', 'Rhys Tallow']]);
  });
});

describe('extractQuotes: a title gives a gender', () => {
  const specs: EntitySpec[] = [
    { name: 'Tomas Verlaine', type: 'person', forms: ['Verlaine'] },
    { name: 'Ana Brill', type: 'person', forms: ['Brill'] },
  ];
  const she = (second: string) => speakers(['Ana Brill chairs the committee.', second, '"We will not go back," she said.'], specs)[0][1];

  it('"she" passes over a man the article titles Mr or Sir, with or without a given name, and not over others', () => {
    expect(she('Mr Verlaine spoke to the committee on Monday.')).toBe('Ana Brill');
    expect(she('Mr. Tomas Verlaine spoke to the committee on Monday.')).toBe('Ana Brill');
    expect(she('Sir  Tomas Verlaine spoke to the committee on Monday.')).toBe('Ana Brill');
    expect(she('Tomas Verlaine spoke to the committee on Monday.')).toBe('Tomas Verlaine');
    expect(she('Ms Tomas Verlaine spoke to the committee on Monday.')).toBe('Tomas Verlaine');
    // The title must stand before the surname as a whole word: "Mr Verlaines" is someone else.
    expect(she('Tomas Verlaine spoke to Mr Verlaines on Monday.')).toBe('Tomas Verlaine');
  });
});
