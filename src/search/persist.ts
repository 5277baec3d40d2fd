// The text index as bytes and back, so a second `rknews search` on the same corpus reads it
// instead of rebuilding it: a JSON header, the vocabulary, then the typed arrays as they lie
// in memory. Reading checks every length against the header; anything off is refused (null),
// never trusted.
import { createHash } from 'node:crypto';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { sourceOf } from '../corpus/parse';
import type { Article } from '../corpus/types';
import { fieldNorms, TEXT_B, TEXT_WEIGHTS } from './bm25';
import type { Postings } from './postings';
import type { SearchIndex } from './types';
import { prepareVocabulary } from './vocabulary';

/** Changes whenever the index's layout or what goes into it changes. */
const FORMAT = 'rknews-search-index-1';

/**
 * A fingerprint of everything the text index is made from, article by article: the source
 * document (id, stated metadata, text) with the parser's version, so that reading a warm index
 * parses no article; the parsed fields the index reads for an article not loaded from a document.
 */
export function indexKey(articles: readonly Article[]): string {
  const steps = indexKeySteps(articles);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The same key, pausing (yield) every so often: on Reuters hashing the text takes a tenth of a second or more. */
export function* indexKeySteps(articles: readonly Article[]): Generator<void, string> {
  // Articles keyed by their source hold only while the parsing code is unchanged.
  const h = createHash('sha256').update(FORMAT).update(`\u0000${ANALYSIS_VERSION}`);
  let i = 0;
  for (const a of articles) {
    if ((++i & 255) === 0) yield;
    const doc = sourceOf(a);
    if (doc) {
      h.update(`\u0001${a.id}\u0000${JSON.stringify(doc.meta)}\u0000`);
      h.update(a.text);
      continue;
    }
    const first = a.paragraphs[0];
    h.update(`\u0000${a.id}\u0000${a.headline.from}\u0000${a.headline.value}\u0000${a.titleLine?.start ?? -1},${a.titleLine?.end ?? -1},${first?.start ?? -1},${first?.end ?? -1}\u0000`);
    h.update(a.text);
  }
  return h.digest('base64url').slice(0, 32);
}

interface Header {
  format: string;
  key: string;
  size: number;
  fields: number;
  meanLengths: number[];
  termBytes: number;
  /** Element counts of start, docs, counts, lengths, stream, streamStart. */
  arrays: number[];
}

const align4 = (n: number) => (n + 3) & ~3;

/** Every value is below `limit` (a plain loop: millions of values). */
function below(values: Uint32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] >= limit) return false;
  return true;
}

export function serializeIndex(index: SearchIndex, key: string): Buffer {
  const p = index.text.postings;
  const terms = Buffer.from(p.terms.join('\n'), 'utf8');
  const arrays = [p.start, p.docs, p.counts, p.lengths, p.stream ?? new Uint32Array(0), p.streamStart ?? new Uint32Array(0)];
  const header: Header = {
    format: FORMAT,
    key,
    size: p.size,
    fields: p.fields,
    meanLengths: p.meanLengths,
    termBytes: terms.length,
    arrays: arrays.map((a) => a.length),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const lengthField = Buffer.alloc(4);
  lengthField.writeUInt32LE(head.length);
  let at = 4 + head.length;
  parts.push(lengthField, head);
  const pad = (to: number) => {
    if (to > at) parts.push(Buffer.alloc(to - at));
    at = to;
  };
  parts.push(terms);
  at += terms.length;
  for (const a of arrays) {
    pad(align4(at));
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    at += a.byteLength;
  }
  return Buffer.concat(parts);
}

/** The index stored in `bytes` for these articles, or null when it is not theirs or not whole. */
export function deserializeIndex(bytes: Buffer, articles: readonly Article[], key: string): SearchIndex | null {
  try {
    if (bytes.length < 4) return null;
    const headLength = bytes.readUInt32LE(0);
    if (4 + headLength > bytes.length) return null;
    const header = JSON.parse(bytes.subarray(4, 4 + headLength).toString('utf8')) as Header;
    if (header.format !== FORMAT || header.key !== key || header.size !== articles.length || header.arrays?.length !== 6) return null;
    let at = 4 + headLength;
    const terms = header.termBytes ? bytes.subarray(at, at + header.termBytes).toString('utf8').split('\n') : [];
    at += header.termBytes;
    // Read in place where the bytes lie on a 4-byte boundary (a whole file's Buffer does),
    // else copied into fresh, aligned memory: a Buffer may start at any offset.
    const arrays = header.arrays.map((n) => {
      at = align4(at);
      const end = at + n * 4;
      if (end > bytes.length) throw new Error('cut short');
      const offset = bytes.byteOffset + at;
      at = end;
      if (offset % 4 === 0) return new Uint32Array(bytes.buffer, offset, n);
      const copy = new Uint32Array(n);
      new Uint8Array(copy.buffer).set(bytes.subarray(offset - bytes.byteOffset, end));
      return copy;
    });
    const [start, docs, counts, lengths, stream, streamStart] = arrays;
    const { size, fields } = header;
    const ok =
      start.length === terms.length + 1 &&
      start[terms.length] === docs.length &&
      counts.length === docs.length &&
      lengths.length === size * fields &&
      streamStart.length === size + 1 &&
      streamStart[size] === stream.length &&
      below(docs, size) &&
      below(stream, terms.length);
    if (!ok) return null;
    const postings: Postings = {
      terms,
      size,
      fields,
      start,
      docs,
      counts,
      lengths,
      meanLengths: header.meanLengths,
      stream,
      streamStart,
    };
    prepareVocabulary(terms);
    return { articles, text: { postings, norms: fieldNorms(postings, TEXT_WEIGHTS, TEXT_B) }, analysis: null };
  } catch {
    return null;
  }
}
