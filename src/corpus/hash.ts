// A short, stable fingerprint of an article's text: the key for read marks and analysis caches.
import { createHash } from 'node:crypto';

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
