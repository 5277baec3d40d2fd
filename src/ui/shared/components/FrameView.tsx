// Prints a computed frame. All layout decisions are made before this point (see frame.ts);
// Ink only turns styled segments into escape codes.
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Line, Style } from '../lines';
import { mergeRuns, sameLine } from '../lines';
import { withoutColour } from '../theme';

export function textProps(style: Style | undefined, colour: boolean) {
  if (!style) return {};
  const s = colour ? style : withoutColour(style);
  return {
    color: s.color,
    backgroundColor: s.backgroundColor,
    bold: s.bold,
    dimColor: s.dim,
    italic: s.italic,
    underline: s.underline,
    inverse: s.inverse,
  };
}

interface FrameLineProps {
  line: Line;
  colour: boolean;
}

/**
 * One row of the frame. Each frame's lines are new arrays, so a row is compared by what it shows:
 * a key that moves the list's cursor re-renders the rows it changed, not all of them.
 */
const FrameLine = memo(
  function FrameLine({ line, colour }: FrameLineProps) {
    return (
      <Text wrap="truncate">
        {line.length === 0
          ? ' '
          : mergeRuns(line).map((s, j) => (
              <Text key={j} {...textProps(s.style, colour)}>
                {s.text}
              </Text>
            ))}
      </Text>
    );
  },
  (before: FrameLineProps, after: FrameLineProps) => before.colour === after.colour && sameLine(before.line, after.line),
);

export function FrameView({ lines, colour }: { lines: readonly Line[]; colour: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <FrameLine key={i} line={line} colour={colour} />
      ))}
    </Box>
  );
}
