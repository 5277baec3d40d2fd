// The tagger's model file: weights learnt by `npm run train`, and the word lists its features use.
// Everything is kept in strings (one entry a line): the file stays compact, and the type checker
// sees a handful of strings instead of an object with a hundred thousand keys.
import type { TaggerLexicon } from './features';
import type { Tagger } from './tag';
import type { Weights } from './train';

export interface ModelFile {
  /** What it was trained on and how; for people reading the file. */
  about: string;
  tags: string[];
  /** Feature names, one a line. */
  features: string;
  /** For the feature on the same line: tag index and weight in thousandths, pairs separated by spaces. */
  weights: string;
  /** Words usually written in lower case (see TaggerLexicon), one a line. */
  lowercase: string;
  /** Lower-case words found inside annotated names, one a line. */
  inside: string;
  /** Lower-cased names by class, one a line, from data packages (see scripts/train/gazetteer.ts). */
  gazetteer: Record<string, string>;
}

export interface ModelLists {
  lowercase: string[];
  inside: string[];
  gazetteer: Record<string, string[]>;
}

const SCALE = 1000;

export function encodeModel(about: string, tags: string[], weights: Weights, lists: ModelLists): ModelFile {
  const features = Object.keys(weights);
  return {
    about,
    tags,
    features: features.join('\n'),
    weights: features.map((f) => weights[f].map((v, k) => (k % 2 === 0 ? v : Math.round(v * SCALE))).join(' ')).join('\n'),
    lowercase: lists.lowercase.join('\n'),
    inside: lists.inside.join('\n'),
    gazetteer: Object.fromEntries(Object.entries(lists.gazetteer).map(([cls, names]) => [cls, names.join('\n')])),
  };
}

export function decodeModel(file: ModelFile): Tagger {
  const features = file.features.split('\n');
  const rows = file.weights.split('\n');
  const weights: Weights = Object.create(null) as Weights;
  features.forEach((f, i) => {
    weights[f] = rows[i].split(' ').map((v, k) => (k % 2 === 0 ? Number(v) : Number(v) / SCALE));
  });
  const lines = (s: string): string[] => (s ? s.split('\n') : []);
  return {
    weights,
    lexicon: lexiconOf({
      lowercase: lines(file.lowercase),
      inside: lines(file.inside),
      gazetteer: Object.fromEntries(Object.entries(file.gazetteer).map(([cls, names]) => [cls, lines(names)])),
    }),
  };
}

export function lexiconOf(lists: ModelLists): TaggerLexicon {
  const gazetteer = new Map(Object.entries(lists.gazetteer).map(([cls, names]) => [cls, new Set(names)] as const));
  let maxGazetteerTokens = 1;
  for (const names of gazetteer.values()) for (const n of names) maxGazetteerTokens = Math.max(maxGazetteerTokens, n.split(' ').length);
  const gazetteerIndex = new Map<string, { classes: string[]; longer: boolean }>();
  const entry = (key: string) => {
    let e = gazetteerIndex.get(key);
    if (!e) gazetteerIndex.set(key, (e = { classes: [], longer: false }));
    return e;
  };
  for (const [cls, names] of gazetteer) {
    for (const n of names) {
      entry(n).classes.push(cls);
      const words = n.split(' ');
      for (let k = 1; k < words.length; k++) entry(words.slice(0, k).join(' ')).longer = true;
    }
  }
  return {
    lowercase: new Set(lists.lowercase), inside: new Set(lists.inside), gazetteer, gazetteerIndex, maxGazetteerTokens: Math.min(maxGazetteerTokens, 6),
  };
}
