// The speech model's decisions and the cues added with it, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../src/analysis/quotes';
import { isSpeech, speechScore } from '../../../src/analysis/quotes/speech';
import { article, entitiesIn, speakersIn, type EntitySpec } from './fixtures';

const PEOPLE: EntitySpec[] = [
  { name: 'Tomas Verlaine', type: 'person', forms: ['Verlaine'] },
  { name: 'Ana Brill', type: 'person', forms: ['Brill'] },
  { name: 'Daily Courier', type: 'organization', forms: ['The Daily Courier'] },
];

const speakers = (paragraphs: string[]) => speakersIn(paragraphs, PEOPLE);

describe('speech model: which quotations are kept', () => {
  it('keeps a short fragment inside reported speech and credits the one who said it', () => {
    expect(speakers(['Tomas Verlaine later called the harbour plan "a costly mistake" at the council meeting.']))
      .toEqual([['a costly mistake', 'Tomas Verlaine']]);
  });

  it('leaves out a scare quote in narration and a name nobody is credited with', () => {
    expect(speakers([
      'Prices at the "new" market rose again in June.',
      'The so-called "harbour tax" was dropped in May.',
    ])).toEqual([]);
  });

  it('scores a quoted sentence with a cue above a one-word scare quote', () => {
    const a = article([
      '"We will rebuild the pier before winter," Verlaine said.',
      'The café sells "artisan" bread.',
    ]);
    const [said, scare] = quoteCandidates(a, entitiesIn(a, PEOPLE));
    expect(speechScore(said.features)).toBeGreaterThan(speechScore(scare.features));
    expect([isSpeech(said.features), isSpeech(scare.features)]).toEqual([true, false]);
  });
});

describe('cues that come with the model', () => {
  it('after a quotation ending in a comma, a name and any finite verb is the cue', () => {
    expect(speakers(['Tomas Verlaine spoke first.', '"Close the harbour tonight," Ana Brill pleaded.']))
      .toEqual([['Close the harbour tonight,', 'Ana Brill']]);
  });

  it('a bare "Name said." after a quoted sentence is its cue', () => {
    expect(speakers(['"We will finish the bridge by spring." Tomas Verlaine said.']))
      .toEqual([['We will finish the bridge by spring.', 'Tomas Verlaine']]);
  });

  it('a sentence that is only a name and any -ed verb after a quotation is its cue', () => {
    expect(speakers(['Tomas Verlaine spoke first.', '"Is the harbour safe for the ferries now?" Ana Brill wondered.']))
      .toEqual([['Is the harbour safe for the ferries now?', 'Ana Brill']]);
  });

  it('"X reports:" ending a paragraph credits the quoted paragraph after it', () => {
    expect(speakers(['The Daily Courier reports:', '"The council will vote on the harbour budget next week, and the outcome is uncertain."']))
      .toEqual([['The council will vote on the harbour budget next week, and the outcome is uncertain.', 'Daily Courier']]);
  });

  it('an opening mark typed at a word end closes the quotation', () => {
    expect(speakers(['Ana Brill said the deal was “a disaster“ and left the room.'])).toEqual([['a disaster', 'Ana Brill']]);
  });
});
