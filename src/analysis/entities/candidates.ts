// Name candidates of one text: the tagger's mentions, with the type it gave each as evidence and
// the gazetteer entry (for a canonical name: "US" is the United States) when the kinds agree.
import type { EntityType } from '../types';
import type { Span } from '../../corpus/types';
import { CONFIDENT } from './types';
import { isAcronym } from './aliases';
import { contextCues, type Cues } from './contextCues';
import { CORPORATE_SUFFIXES } from './cues';
import { lookupGazetteer, type GazetteerEntry } from './gazetteer';
import { tagNames } from './tagger';

export interface Candidate {
  span: Span;
  text: string;
  /** Its words, hyphenated parts counting as one word. */
  words: string[];
  gazetteer?: GazetteerEntry;
  acronym: boolean;
  /** Evidence for each kind; the strongest wins once mentions are grouped. */
  score: Record<EntityType, number>;
  /** What the words around it say of its kind (contextCues.ts). */
  cues: Cues;
}

const KIND: Record<'PER' | 'ORG' | 'LOC', EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

export function findCandidates(text: string): Candidate[] {
  return tagNames(text).map((s) => {
    const surface = text.slice(s.start, s.end);
    const words = surface.split(/\s+/);
    const known = lookupGazetteer(surface);
    // The gazetteer's organisations (agencies, companies, parties, government bodies) are organisations
    // wherever they are named, as is a name ending in a company's suffix ("Warner Bros"); the gazetteer's
    // places are not always places ("Chicago" in results is the team).
    const company = words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1]);
    const type = known?.type === 'organization' || company ? 'organization' : KIND[s.type];
    const score: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
    score[type] = 2 * CONFIDENT;
    return {
      span: { start: s.start, end: s.end }, text: surface, words, score, cues: contextCues(text, s),
      gazetteer: known?.type === type ? known : undefined,
      acronym: words.length === 1 && isAcronym(surface),
    };
  });
}
