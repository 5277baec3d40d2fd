// The query language: parsed once into a plain structure the search stages read.
// Parsing never throws: anything it cannot use is dropped with a warning.
import type { HitKind } from './types';

/**
 * - `word`: fuzzy word (typos forgiven, may be the start of a longer word)
 * - `phrase`: `"a phrase"`, exact words in order, case-insensitive; `open` when the
 *   closing quotation mark is missing, so its last word may still be unfinished
 * - `substring`: `'text`, exact text anywhere, also inside words
 * - `prefix`: `^pre`, a word starting with it; `suffix`: `fix$`, a word ending with it
 * - `whole`: `^word$`, exactly that word
 */
export type TermKind = 'word' | 'phrase' | 'substring' | 'prefix' | 'suffix' | 'whole';

export interface QueryTerm {
  kind: TermKind;
  /** As typed, without its operator characters. */
  value: string;
  open?: boolean;
}

/** Terms that must all match (`include`) and that must not (`exclude`). */
export interface QueryBranch {
  include: QueryTerm[];
  exclude: QueryTerm[];
}

export interface ParsedQuery {
  /** Alternatives separated by `|`; a passage matching any branch is a hit. */
  branches: QueryBranch[];
  /** Kinds of passage to search (`in:`); empty means all. */
  kinds: HitKind[];
  /** `by:` names; each must name the quote's speaker. */
  speakers: string[];
  /** `outlet:` names; the article's outlet must match one. */
  outlets: string[];
  /** What was ignored and why, for the UI to show. */
  warnings: string[];
}

export const QUERY_SYNTAX_HELP = [
  'word        fuzzy word, typos forgiven; all words must match',
  '"a phrase"  exact phrase, any case',
  "'text       exact text, also inside words",
  '^pre  fix$  a word starting with pre / ending with fix',
  '!word       leave out passages with that word (also !"a phrase")',
  'a | b       either a or b',
  'in:quotes in:headlines in:entities in:text   where to look',
  'by:NAME     quotes by a speaker (by:"Full Name")',
  'outlet:NAME only articles from that outlet',
].join('\n');

const KIND_FILTERS: [RegExp, HitKind[]][] = [
  [/^quotes?$/, ['quote']],
  [/^headlines?$/, ['headline']],
  [/^entit(y|ies)$/, ['entity']],
  [/^(text|body)$/, ['text', 'faq']],
];

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Splits the query into raw tokens: whitespace separates, `|` stands alone, `"…"` keeps its spaces. */
function tokenize(query: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inQuote = false;
  for (const ch of query) {
    if (inQuote) {
      current += ch;
      if (ch === '"') inQuote = false;
    } else if (ch === '"') {
      current += ch;
      inQuote = true;
    } else if (/\s/.test(ch) || ch === '|') {
      if (current) tokens.push(current);
      if (ch === '|') tokens.push('|');
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

function unquote(value: string): { text: string; open: boolean } {
  if (!value.startsWith('"')) return { text: value, open: false };
  const closed = value.length > 1 && value.endsWith('"');
  return { text: value.slice(1, closed ? -1 : undefined).trim(), open: !closed };
}

/** Reads one term (without `!`); null when nothing searchable is left. */
function readTerm(raw: string): QueryTerm | null {
  let kind: TermKind;
  let value: string;
  let open = false;
  if (raw.startsWith("'")) {
    kind = 'substring';
    ({ text: value } = unquote(raw.slice(1)));
  } else if (raw.startsWith('"')) {
    kind = 'phrase';
    ({ text: value, open } = unquote(raw));
  } else {
    const prefix = raw.startsWith('^');
    const suffix = raw.length > 1 && raw.endsWith('$');
    value = raw.slice(prefix ? 1 : 0, suffix ? -1 : undefined);
    kind = prefix && suffix ? 'whole' : prefix ? 'prefix' : suffix ? 'suffix' : 'word';
    // `=` is a fuse.js operator; a fuzzy word never needs it, nor edge punctuation ("support,").
    if (kind === 'word') value = value.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  }
  if (!HAS_WORD.test(value)) return null;
  return open ? { kind, value, open } : { kind, value };
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { branches: [], kinds: [], speakers: [], outlets: [], warnings: [] };
  let branch: QueryBranch = { include: [], exclude: [] };
  const closeBranch = () => {
    if (branch.include.length || branch.exclude.length) parsed.branches.push(branch);
    branch = { include: [], exclude: [] };
  };
  const kinds = new Set<HitKind>();

  for (const token of tokenize(query)) {
    if (token === '|') {
      closeBranch();
      continue;
    }
    const filter = /^(in|by|outlet):(.*)$/is.exec(token);
    if (filter) {
      const name = filter[1].toLowerCase();
      const value = unquote(filter[2]).text;
      if (!value) {
        parsed.warnings.push(`${name}: needs a value`);
      } else if (name === 'in') {
        const match = KIND_FILTERS.find(([pattern]) => pattern.test(value.toLowerCase()));
        if (match) match[1].forEach((k) => kinds.add(k));
        else parsed.warnings.push(`in:${value} is not a place to search (quotes, headlines, entities, text)`);
      } else {
        (name === 'by' ? parsed.speakers : parsed.outlets).push(value);
      }
      continue;
    }
    const excluded = token.startsWith('!');
    const term = readTerm(excluded ? token.slice(1) : token);
    if (!term) {
      parsed.warnings.push(`"${token}" has nothing to search for`);
      continue;
    }
    (excluded ? branch.exclude : branch.include).push(term);
  }
  closeBranch();

  if (parsed.speakers.length) {
    // A speaker belongs to quotes only.
    if ([...kinds].some((k) => k !== 'quote')) parsed.warnings.push('by: searches quotes only');
    kinds.clear();
    kinds.add('quote');
  }
  parsed.kinds = [...kinds];
  return parsed;
}

/** True when the query asks for something: a term to find, or a filter to list by. */
export function isSearchable(parsed: ParsedQuery): boolean {
  const filtered = parsed.kinds.length > 0 || parsed.speakers.length > 0 || parsed.outlets.length > 0;
  return filtered || parsed.branches.some((b) => b.include.length > 0);
}
