// The sequence tagger's parts: tokens, decoding, the model file, document-level evidence and the
// style corrections, each on small inputs; then the trained model on invented news.
import { describe, expect, it } from 'vitest';
import { entitiesOfText } from '../../../src/analysis/entities';
import { tagNames } from '../../../src/analysis/entities/tagger';
import { completeNames } from '../../../src/analysis/entities/tagger/complete';
import { allowed, decodeLine, NTAGS, spansOf, TAGS } from '../../../src/analysis/entities/tagger/decode';
import { harmonise } from '../../../src/analysis/entities/tagger/document';
import { mayBeInside } from '../../../src/analysis/entities/tagger/features';
import { decodeModel, encodeModel, lexiconOf } from '../../../src/analysis/entities/tagger/model';
import { refineSpans } from '../../../src/analysis/entities/tagger/refine';
import type { TaggedSpan } from '../../../src/analysis/entities/tagger/tag';
import { tagLines, tagTokens } from '../../../src/analysis/entities/tagger/tokens';

const texts = (s: string) => tagTokens(s).map((t) => t.text);

describe('tagger tokens', () => {
  it('follow newswire tokenisation, with offsets into the text', () => {
    const s = "The U.S. unit of Newmont Mining Corp. said Germany's J. Smith left Germany. US$4bn O'Neill";
    expect(texts(s)).toEqual([
      'The', 'U.S.', 'unit', 'of', 'Newmont', 'Mining', 'Corp.', 'said', 'Germany', "'s", 'J.', 'Smith', 'left', 'Germany', '.',
      'US', '$', '4bn', "O'Neill",
    ]);
    for (const t of tagTokens(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('are separated by any Unicode whitespace and by nothing else (the tokenizer finds starts by hand)', () => {
    const s = 'A\u00a0B\u2028C\tD\u3000E\ufeffF\u200bG 𝐀𝐁 x\u2009y. Z';
    // A zero-width space is no whitespace: a token of its own.
    expect(texts(s)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', '\u200b', 'G', '𝐀𝐁', 'x', 'y.', 'Z']);
    for (const t of tagTokens(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('may stand inside a name when they hold a capital or a digit of any script', () => {
    const inside = ['Kim', 'x9', 'o’Neill-X', 'élan-É', 'Élan', 'número٣', 'ΑΘΗΝΑ'];
    const outside = ['and', 'été', 'über-alles', '-', '’s', ''];
    expect(inside.map(mayBeInside)).toEqual(inside.map(() => true));
    expect(outside.map(mayBeInside)).toEqual(outside.map(() => false));
  });

  it('split text into lines, keeping fixed-width wrapped newswire together, and mark headlines and capitals', () => {
    const wrapped = 'Growers in the north of the country said on Tuesday that the Ostravian\nFarming Council would meet.';
    expect(tagLines(wrapped)).toHaveLength(1);
    const lines = tagLines('RUSSIA SAYS NO TO TALKS\n\nMOSCOW 1996-08-22\n\nRussia said no.');
    expect(lines.map((l) => [l.headline, l.caps])).toEqual([[true, true], [false, true], [false, false]]);
  });
});

describe('decoding', () => {
  it('only ever produces valid BILOU sequences, and keeps non-name words outside names', () => {
    // A scorer that wants I-PER everywhere: the constraints must still give well-formed spans.
    const iPer = TAGS.indexOf('I-PER');
    const score = (_: readonly string[], scores: Float64Array) => void (scores[iPer] += 5);
    const tags = decodeLine([['a'], ['b'], ['c'], ['d']], score, [true, true, false, true]);
    let prev = -1;
    tags.forEach((t, i) => {
      expect(allowed(prev, t, i === tags.length - 1)).toBe(true);
      prev = t;
    });
    expect(tags[2]).toBe(0);
    for (const s of spansOf(tags)) expect(s.from > 2 || s.to < 2).toBe(true);
    expect(NTAGS).toBe(17);
  });

  it('reads the model file it writes', () => {
    const lists = { lowercase: ['said'], inside: ['of'], gazetteer: { city: ['kelmart', 'UN'] } };
    const file = encodeModel('test', TAGS, { 'w=Kelmart': [12, 1.25, 0, -0.5], b: [0, 0.1] }, lists);
    const tagger = decodeModel(file);
    expect(tagger.weights['w=Kelmart']).toEqual([12, 1.25, 0, -0.5]);
    expect(tagger.lexicon.gazetteer.get('city')?.has('UN')).toBe(true);
    expect(tagger.lexicon.inside.has('of')).toBe(true);
  });
});

describe('document-level evidence', () => {
  const span = (text: string, name: string, type: TaggedSpan['type'], headline = false, from = 0): TaggedSpan => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, type, headline };
  };

  it('types a headline name as the running text does, and a lone part of a person\'s name as that person', () => {
    const text = 'CLINTON VISITS CHICAGO\n\nBill Clinton arrived in Chicago. Clinton met Kim Jong Un, and the UN.';
    const spans = [
      span(text, 'CLINTON', 'ORG', true), span(text, 'CHICAGO', 'ORG', true), span(text, 'Bill Clinton', 'PER'),
      span(text, 'Chicago', 'LOC'), span(text, 'Clinton', 'ORG', false, 40), span(text, 'Kim Jong Un', 'PER'), span(text, 'UN', 'ORG', false, 70),
    ];
    expect(harmonise(text, spans).map((s) => s.type)).toEqual(['PER', 'LOC', 'PER', 'LOC', 'PER', 'PER', 'ORG']);
  });

  it('reads the words of a name the text tags as that name, not as pieces of others', () => {
    const lines = tagLines('KIM SPEAKS\n\nKim Jong Un spoke.\n\nLater Kim Jong Un left.');
    const spans = completeNames(lines, [[], [{ from: 0, to: 2, type: 'PER' }], [{ from: 1, to: 2, type: 'PER' }, { from: 3, to: 3, type: 'ORG' }]]);
    expect(spans[2]).toEqual([{ from: 1, to: 3, type: 'PER' }]);
  });
});

describe('style corrections', () => {
  const lexicon = lexiconOf({ lowercase: [], inside: [], gazetteer: { country: ['united states', 'US'], knownOrganization: ['reuters'] } });
  const refine = (text: string, spans: { from: number; to: number; type: 'PER' | 'ORG' | 'LOC' | 'MISC' }[], typeOf: Record<string, 'PER' | 'ORG' | 'LOC'> = {}) => {
    const [line] = tagLines(text);
    const initial = line.tokens.map((_, i) => i === 0);
    return refineSpans(line.tokens, spans, initial, lexicon, (n) => typeOf[n]).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
  };

  it('cuts titles and qualifiers off names, and a sentence-initial function word', () => {
    expect(refine('Did Mr. Velkorin meet Former Minister Ann Roe ?', [{ from: 0, to: 2, type: 'PER' }, { from: 4, to: 7, type: 'PER' }]))
      .toEqual(['Velkorin/PER', 'Ann Roe/PER']);
  });

  it('splits two known names joined by a hyphen, and a country off its institution', () => {
    expect(refine('( Reuters-Yonhap ) and the Putin-Kim talks', [{ from: 1, to: 1, type: 'ORG' }, { from: 5, to: 5, type: 'ORG' }], { yonhap: 'ORG', putin: 'PER', kim: 'PER' }))
      .toEqual(['Reuters/ORG', 'Yonhap/ORG', 'Putin/PER', 'Kim/PER']);
    expect(refine('Lee Byong-Chol said', [{ from: 0, to: 1, type: 'PER' }])).toEqual(['Lee Byong-Chol/PER']);
    expect(refine('the US National Space Council met', [{ from: 1, to: 4, type: 'ORG' }])).toEqual(['US/LOC', 'National Space Council/ORG']);
    expect(refine('the New York Stock Exchange', [{ from: 1, to: 4, type: 'ORG' }])).toEqual(['New York Stock Exchange/ORG']);
  });

  it('reads place nouns and place heads as places, and an apposition as what it says', () => {
    expect(refine('the Korean peninsula near the Amur region', [{ from: 1, to: 1, type: 'MISC' }, { from: 5, to: 5, type: 'LOC' }]))
      .toEqual(['Korean peninsula/LOC', 'Amur/LOC']);
    expect(refine('the Droskovy space center', [{ from: 1, to: 1, type: 'LOC' }])).toEqual(['Droskovy space center/LOC']);
    expect(refine('at Droskovy Cosmodrome', [{ from: 1, to: 2, type: 'ORG' }])).toEqual(['Droskovy Cosmodrome/LOC']);
    expect(refine('Rodong Sinmun , the party newspaper , said', [{ from: 0, to: 1, type: 'PER' }])).toEqual(['Rodong Sinmun/ORG']);
  });
});

describe('the trained model', () => {
  it('reads a headline in capitals through the case the article gives its words elsewhere', () => {
    const text = 'GERMANY CALLS FOR BOYCOTT OF BRITISH LAMB\n\nBONN 1996-08-22\n\nGermany on Thursday called for a boycott. Officials in Bonn said the European Commission disagreed.';
    const found = tagNames(text).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
    expect(found).toEqual(expect.arrayContaining(['GERMANY/LOC', 'BONN/LOC', 'Germany/LOC', 'Bonn/LOC', 'European Commission/ORG']));
    // Nationalities are other names, never entities.
    expect(found.some((f) => f.startsWith('BRITISH'))).toBe(false);
  });

  it('finds the names around a 200,000-character token, with offsets into the text', () => {
    const blob = 'QUJD'.repeat(50_000);
    const text = `Governor Tomas Velkorin visited Kelmart. ${blob} Later, Mr. Velkorin met Ilse Marquant, a spokeswoman.${' '.repeat(70_000)}\n\nAnna Brekke left.`;
    const entities = entitiesOfText(text);
    const tomas = entities.find((e) => e.name === 'Tomas Velkorin');
    expect(tomas?.type).toBe('person');
    expect(tomas?.mentions).toHaveLength(2);
    expect(entities.find((e) => e.name === 'Ilse Marquant')?.type).toBe('person');
    expect(entities.find((e) => e.name === 'Anna Brekke')?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Anna Brekke']);
    for (const e of entities) for (const m of e.mentions) expect(m.end - m.start).toBeLessThan(64);
  });
});
