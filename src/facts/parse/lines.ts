// Shared helper for the parsers: split command output into lines (LF or CRLF), keeping empty ones.
export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Lines with content, trimmed at the end (tools pad columns with trailing spaces). */
export function contentLines(text: string): string[] {
  return lines(text)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}
