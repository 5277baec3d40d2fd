// Prints a computed frame. All layout decisions are made before this point (see frame.ts);
// Ink only turns styled segments into escape codes.
import { Box, Text } from 'ink';
import type { Line, Style } from '../lines';
import { mergeRuns } from '../lines';
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

export function FrameView({ lines, colour }: { lines: readonly Line[]; colour: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.length === 0
            ? ' '
            : mergeRuns(line).map((s, j) => (
                <Text key={j} {...textProps(s.style, colour)}>
                  {s.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
