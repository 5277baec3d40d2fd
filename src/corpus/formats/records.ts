// One JSON record (a JSON Lines line or a JSON array element) mapped to an article's text and
// stated metadata. Field names follow common news dumps: body/text/content, source/outlet.
import { sanitizeText } from '../sanitize';
import type { StatedMeta } from '../types';

export type MappedRecord =
  | { ok: true; text: string; meta: StatedMeta; id: string | null }
  | { ok: false; reason: string };

const BODY_FIELDS = ['body', 'text', 'content'] as const;
const OUTLET_FIELDS = ['source', 'outlet'] as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The field's sanitised, trimmed value when it is a non-blank string. */
function stringField(rec: Record<string, unknown>, key: string): string | undefined {
  if (!Object.hasOwn(rec, key)) return undefined;
  const v = rec[key];
  if (typeof v !== 'string') return undefined;
  const clean = sanitizeText(v).trim();
  return clean === '' ? undefined : clean;
}

function firstStringField(rec: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = stringField(rec, k);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The record's own id, stringified; numbers are common ids in dumps. */
function recordId(rec: Record<string, unknown>): string | null {
  if (!Object.hasOwn(rec, 'id')) return null;
  const v = rec.id;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const clean = sanitizeText(v).trim();
  return clean === '' ? null : clean;
}

export function mapRecord(value: unknown): MappedRecord {
  if (!isPlainObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { ok: false, reason: `record is ${kind}, not an object` };
  }
  const text = firstStringField(value, BODY_FIELDS);
  if (text === undefined) return { ok: false, reason: 'record has no body' };
  const meta: StatedMeta = {};
  const title = stringField(value, 'title');
  const outlet = firstStringField(value, OUTLET_FIELDS);
  const date = stringField(value, 'date');
  const url = stringField(value, 'url');
  const author = stringField(value, 'author');
  if (title !== undefined) meta.title = title;
  if (outlet !== undefined) meta.outlet = outlet;
  if (date !== undefined) meta.date = date;
  if (url !== undefined) meta.url = url;
  if (author !== undefined) meta.author = author;
  return { ok: true, text, meta, id: recordId(value) };
}
