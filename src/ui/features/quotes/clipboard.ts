// Copying through the terminal: OSC 52 asks the terminal (and tmux or ssh in between) to put
// text on the system clipboard. The one escape sequence rknews writes on purpose; the text is
// base64-encoded, so nothing in it can act as a control sequence.
export function osc52(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
