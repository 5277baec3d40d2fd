// Recognising a photo caption at the top of an article: a single line closed by a photo credit in
// parentheses ("(Reuters-Yonhap)", "(AP Photo/Jane Doe)", "(Getty Images)"), describing who is
// pictured. It is kept out of the body and is never the headline.
import type { Span } from './types';

const MAX_CAPTION_LENGTH = 500;

/** Credit wording that only photo credits use. */
const PHOTO_CREDIT = /\b(?:photos?|images?|pictures?|getty|courtesy|handout|pool|file|credit|screenshot|captured)\b|[/:]/i;
/** Two agencies joined ("Reuters-Yonhap", "EPA/Yonhap"): a picture distributed by one from another. */
const JOINED_AGENCIES = /^\p{Lu}[\p{L}.]*(?:\s*[-/]\s*\p{Lu}[\p{L}.]*)+$/u;
/** How captions describe a picture: positions and what the people in it are doing. */
const PICTURE_WORDS = /\((?:right|left|center|centre|front|back|top|bottom|middle|[LRC]|(?:second|third) from (?:left|right))\)|\b(?:attends?|attending|poses?|posing|pictured|is seen|are seen|gestures?|gesturing|waves?|waving|shake hands|shaking hands|looks on|smiles?)\b/i;

/**
 * Whether `line` (already trimmed) reads as a photo caption. The caller must also check that more
 * text follows it: a one-paragraph article ending in "(Yonhap)" is an article, not a caption.
 */
export function isCaptionLine(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end);
  if (s.length > MAX_CAPTION_LENGTH || s.includes('\n')) return false;
  const credit = /\(([^()]{1,80})\)$/.exec(s);
  if (!credit) return false;
  const inside = credit[1].trim();
  if (!/^\p{L}/u.test(inside)) return false; // "(1986/87)", "(-5.2%)": figures, not credits
  return PHOTO_CREDIT.test(inside) || JOINED_AGENCIES.test(inside) || PICTURE_WORDS.test(s);
}
