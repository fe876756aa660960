/**
 * How wide a card's text is drawn, from the advance widths of Liberation Sans (metric-compatible
 * with Arial, the cards' font: broadcast-card.ts), in thousandths of an em. A card sizes columns,
 * reserves room for end labels and centres badges with it; a glyph not listed counts as wide as
 * a capital. Accented letters count as their base letter.
 */
const REGULAR: Readonly<Record<string, number>> = widths(
  " 278 !278 (333 )333 +584 ,278 -333 .278 /278 :278 ;278 '191 &667 ?556 #556 %889 " +
    '·278 ×584 −584 –556 —1000 …1000 ✓750 ' +
    'A667 B667 C722 D722 E667 F611 G778 H722 I278 J500 K667 L556 M833 N722 O778 P667 Q778 ' +
    'R722 S667 T611 U722 V667 W944 X667 Y667 Z611 ' +
    'a556 b556 c500 d556 e556 f278 g556 h556 i222 j222 k500 l222 m833 n556 o556 p556 q556 ' +
    'r333 s500 t278 u556 v500 w722 x500 y500 z500',
)
const BOLD: Readonly<Record<string, number>> = {
  ...REGULAR,
  ...widths(
    "!333 '238 ?611 " +
      'A722 B722 J556 K722 L611 ' +
      'a556 b611 c556 d611 e556 f333 g611 h611 i278 j278 k556 l278 m889 n611 o611 p611 q611 ' +
      'r389 s556 t333 u611 v556 w778 x556 y556 z500',
  ),
}
const DIGIT = 556
const OTHER = 722

function widths(table: string): Record<string, number> {
  const out: Record<string, number> = {}
  // Each entry is a glyph and its width; the space's own entry is the leading " 278".
  for (const match of table.matchAll(/(.)(\d+)/gu)) out[match[1] ?? ''] = Number(match[2])
  return out
}

/** The drawn width of `content` at `size` px, regular or bold. */
export function textWidth(content: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR
  let total = 0
  for (const char of content.normalize('NFD')) {
    if (/\p{M}/u.test(char)) continue
    total += /\d/.test(char) ? DIGIT : (table[char] ?? OTHER)
  }
  return (total * size) / 1000
}

/** The largest size up to `size` (not below `least`) at which `content` fits `room` px. */
export function fitSize(content: string, room: number, size: number, least = 18): number {
  const at = textWidth(content, size, true)
  return at <= room ? size : Math.max(least, Math.floor((size * room) / at))
}

/** `content` in lines no wider than `room` px at `size`, broken between words. */
export function wrapToWidth(
  content: string,
  room: number,
  size: number,
  bold = false,
): Array<string> {
  const lines: Array<string> = []
  let line = ''
  for (const word of content.split(/\s+/)) {
    const longer = line === '' ? word : `${line} ${word}`
    if (line !== '' && textWidth(longer, size, bold) > room) {
      lines.push(line)
      line = word
    } else line = longer
  }
  if (line !== '') lines.push(line)
  return lines
}
