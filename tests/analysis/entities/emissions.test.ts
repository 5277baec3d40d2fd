// Tagging scores tokens from indexes over the weights instead of feature strings (emissions.ts): its
// scores must equal the sum of the weights of every feature that training sees (features.ts).
import { describe, expect, it } from 'vitest';
import modelFile from '../../../src/analysis/entities/tagger/model.json';
import { NTAGS } from '../../../src/analysis/entities/tagger/decode';
import { emissionModel, lineEmissions, scorerOf } from '../../../src/analysis/entities/tagger/emissions';
import { docContext, lineFeatures, tokenFeatures } from '../../../src/analysis/entities/tagger/features';
import { decodeModel, type ModelFile } from '../../../src/analysis/entities/tagger/model';
import { tagLines } from '../../../src/analysis/entities/tagger/tokens';

const tagger = decodeModel(modelFile as ModelFile);

/** Every token's scores from its full list of feature strings, as training scores it. */
function reference(text: string): Float64Array[] {
  const lines = tagLines(text);
  const ctx = docContext(lines);
  const score = scorerOf(tagger.weights);
  return lines.map((line) => {
    const f = lineFeatures(line, ctx, tagger.lexicon);
    const out = new Float64Array(line.tokens.length * NTAGS);
    f.words.forEach((_, i) => score(tokenFeatures(f, i, ctx), out.subarray(i * NTAGS, (i + 1) * NTAGS)));
    return out;
  });
}

function fast(text: string): Float64Array[] {
  const lines = tagLines(text);
  const ctx = docContext(lines);
  const model = emissionModel(tagger.weights, tagger.lexicon);
  const [inArticle, docKeys] = [new Map(), new Map()];
  // lineEmissions reuses its array: each line's rows are copied out before the next.
  return lines.map((line) => lineEmissions(model, line, ctx, inArticle, docKeys).slice(0, line.tokens.length * NTAGS));
}

describe('tagging scores', () => {
  it('equal the weights of every feature training sees, for every token and tag', () => {
    const text = [
      'OSTRAVIA BEATS | KELMART IN TALKS ON FRANCO-GERMAN PACT',
      'KELMART 1996-08-22',
      'Ostravia\'s prime minister, Jan Novak, said on Tuesday the Kelmart Farming Council | the "council" of',
      'growers in South Africa and New York would meet Reuters-Yonhap officials. Novak, the party leader, left.',
      'Shr 1.20 vs 1.10 -- O\'Neill & Co',
    ].join('\n\n');
    const [want, got] = [reference(text), fast(text)];
    expect(got.map((l) => l.length)).toEqual(want.map((l) => l.length));
    let compared = 0;
    want.forEach((line, li) => line.forEach((v, k) => {
      expect(got[li][k]).toBeCloseTo(v, 9);
      compared++;
    }));
    expect(compared).toBeGreaterThan(40 * NTAGS);
  });
});
