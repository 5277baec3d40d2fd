// Bytes to text for fetched pages and feeds. The charset comes from, in order: a byte-order mark,
// the Content-Type header, then what the document declares in its first bytes (<meta charset>,
// <meta http-equiv>, <?xml encoding?>). Node's TextDecoder (full ICU) knows the WHATWG labels, so
// windows-1251, Shift_JIS or GB18030 pages decode without a conversion library.

/** How far into the document a declaration is looked for (the HTML spec's prescan looks at 1024 bytes). */
const PRESCAN_BYTES = 1024;

const BOMS: { bytes: number[]; label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { bytes: [0xfe, 0xff], label: 'utf-16be' },
  { bytes: [0xff, 0xfe], label: 'utf-16le' },
];

export class CharsetError extends Error {}

/** The `charset` parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** The charset a document declares in its first bytes, read as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

function bomOf(bytes: Uint8Array): { label: string; length: number } | null {
  for (const { bytes: bom, label } of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { label, length: bom.length };
  }
  return null;
}

/**
 * Decodes fetched bytes. Invalid sequences become U+FFFD rather than failing (a page with one bad
 * byte is still worth reading); a charset no decoder knows is an error that names it.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const bom = bomOf(bytes);
  const label = bom?.label ?? charsetOfContentType(contentType) ?? declaredCharset(bytes) ?? 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label.trim().toLowerCase());
  } catch {
    throw new CharsetError(`unknown charset '${label}'`);
  }
  // TextDecoder drops a BOM only for its own encoding; the slice covers a BOM the header contradicts.
  return decoder.decode(bom ? bytes.subarray(bom.length) : bytes);
}
