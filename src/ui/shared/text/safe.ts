// The last guard before the terminal: whatever reaches the screen goes through here.
// Article text is sanitised at load, but file names and reasons in load problems are not,
// and a stray control character would move the cursor and break the frame.
import { stableEmoji } from './emoji';
import { NARROW_CHARS } from './graphemes';

// C0 (tab included: its width depends on the column), DEL, C1, bidi embeddings/overrides/isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Printable Latin, punctuation, arrows, box drawing (see NARROW_CHARS): no control, bidi or emoji character. */
const PLAIN = new RegExp(`^[${NARROW_CHARS}]*$`);

/** Each unsafe character replaced by exactly one safe one, so offsets into the text stay valid. */
export function displaySafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\t' || c === '\n' ? ' ' : '\ufffd'));
}

/** The text as it is printed: made safe, and emoji sequences reduced to what every terminal draws alike. */
export function screenText(text: string): string {
  // Every segment of every frame comes through here; most are plain text, which needs neither pass.
  if (PLAIN.test(text)) return text;
  return stableEmoji(displaySafe(text));
}
