// A progress bar on stderr when it is a terminal: redrawn in place, cleared before any other line
// is printed (so problems read as whole lines) and at the end. Off the terminal it prints nothing.

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  /** Prints a line above the bar: on the bar's stream unless another writer (stdout) is given. */
  line(text: string, to?: (text: string) => void): void;
  end(): void;
}

const WIDTH = 24;

export function progressBar(write: (text: string) => void, enabled: boolean): ProgressBar {
  let shown = '';
  const clear = () => {
    if (shown) write('\r\x1b[2K');
  };
  return {
    update(done, total, label) {
      if (!enabled) return;
      const filled = total > 0 ? Math.round((done / total) * WIDTH) : 0;
      shown = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${label}`;
      write(`\r\x1b[2K${shown}`);
    },
    line(text, to = write) {
      clear();
      to(text);
      if (shown) write(shown);
    },
    end() {
      clear();
      shown = '';
    },
  };
}
