// A .json file holds an array of records, or one record as a bare object.

export type JsonRecords =
  | { ok: true; /** Array elements with their 0-based index; a bare object has index null. */ records: { value: unknown; index: number | null }[] }
  | { ok: false; reason: string };

/** The records a .json text holds, or why it holds none. */
export function jsonRecords(text: string): JsonRecords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `malformed JSON: ${(err as Error).message}` };
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return { ok: false, reason: 'no records (empty array)' };
    return { ok: true, records: parsed.map((value, index) => ({ value, index })) };
  }
  if (typeof parsed === 'object' && parsed !== null) return { ok: true, records: [{ value: parsed, index: null }] };
  return { ok: false, reason: 'expected a JSON array of records or a single record object' };
}
