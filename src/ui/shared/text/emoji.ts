// Emoji sequences whose width depends on the terminal. string-width (and Ink with it) counts a
// joined or modified emoji as one two-column glyph, as kitty or iTerm2 draw it; tmux 3.3 measured
// here draws a skin-toned 👍🏽 four columns wide, ❤️ and 🏳️‍🌈 one column, and VTE draws 👨‍👩‍👧 as
// three emoji. Whichever the reader counts, some terminal shifts the pane border. So the parts
// that make a sequence are dropped on screen, leaving plain emoji every terminal agrees on:
// 👨‍👩‍👧 shows as 👨👩👧, 👍🏽 as 👍, ❤️ as ❤, #️⃣ as #.

// A joiner between two pictographs; presentation selectors; skin tones after a pictograph;
// the keycap mark; tag characters (subdivision flags).
const UNSTABLE = /(?<=\p{Extended_Pictographic}[\u{fe0e}\u{fe0f}\u{1f3fb}-\u{1f3ff}]*)\u200d(?=\p{Extended_Pictographic})|[\u{fe0e}\u{fe0f}\u{20e3}\u{e0020}-\u{e007f}]|(?<=\p{Extended_Pictographic})[\u{1f3fb}-\u{1f3ff}]/gu;

/** The text as the terminal is given it: emoji sequences reduced to plain emoji (see above). */
export function stableEmoji(text: string): string {
  return text.replace(UNSTABLE, '');
}
