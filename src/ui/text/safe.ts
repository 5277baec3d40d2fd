// The last guard before the terminal: whatever reaches the screen goes through here.
// Article text is sanitised at load, but file names and reasons in load problems are not,
// and a stray control character would move the cursor and break the frame.
// Each character is replaced by exactly one, so offsets into the text stay valid.

// C0 (tab included: its width depends on the column), DEL, C1, bidi embeddings/overrides/isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function displaySafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\t' || c === '\n' ? ' ' : '\ufffd'));
}
