// The entity tagger: a sequence model trained on annotated newswire (`npm run train`) finds the
// names of people, organisations and places in a text; document-level evidence settles their types.
import modelFile from './model.json';
import { harmonise } from './document';
import { decodeModel, type ModelFile } from './model';
import { tagText, type TaggedSpan, type Tagger } from './tag';

export type { TaggedSpan } from './tag';

let tagger: Tagger | undefined;

/** The model, decoded on first use (tens of milliseconds), once. */
function model(): Tagger {
  tagger ??= decodeModel(modelFile as ModelFile);
  return tagger;
}

/** Names of people, organisations and places; other names (events, nationalities) are left out. */
export function tagNames(text: string): (TaggedSpan & { type: 'PER' | 'ORG' | 'LOC' })[] {
  return harmonise(text, tagText(text, model())).filter((s): s is TaggedSpan & { type: 'PER' | 'ORG' | 'LOC' } => s.type !== 'MISC');
}
