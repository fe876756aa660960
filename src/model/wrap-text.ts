/**
 * Greedy word wrap by an estimated character width: the lines a text takes on a broadcast card,
 * and how many lines a row of the booth's permutations board is counted as (permutations-board.ts).
 */
export function wrapText(content: string, maxChars: number): Array<string> {
  const lines: Array<string> = []
  let line = ''
  for (const word of content.split(/\s+/)) {
    if (line !== '' && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}
