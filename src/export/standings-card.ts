import type { CardContent } from '../model/card-content.ts'
import { standingsHeadings } from '../model/card-standings.ts'
import { MUTED, SOFT, type BodyArea, type Frame } from './card-frame.ts'
import { markedNameSvg, placeholderMarkWidth } from './card-footnote.ts'
import { clip, pillSvg, svgText as text } from './svg-text.ts'

/** The standings rows a card of this shape shows. */
export function standingsCount(frame: Frame): number {
  return frame.width > frame.height ? 10 : 12
}

/**
 * The standings card's body (docs/exporting.md#broadcast-graphics): a line of column headings,
 * then the table — position, driver, team (16:9), points, gap; on All classes the place in the
 * list, the class badge and the place in class before the name, the gap to the class leader.
 */
export function standingsBody(input: CardContent, { box, frame }: BodyArea): string {
  const { left, right, top, bottom } = box
  const wide = frame.width > frame.height
  const all = input.allClasses === true
  const words = input.headings ?? standingsHeadings(false, all)
  const count = standingsCount(frame)
  const headSize = wide ? 24 : 22
  const rowsTop = top + headSize + 18
  const rowHeight = Math.min(72, (bottom - rowsTop) / count)
  const size = Math.round(rowHeight * 0.55)
  // Columns from the left: place, [class badge, place in class], name; from the right: gap, points, team.
  const badgeX = left + (wide ? 80 : 64)
  const inClassX = badgeX + (wide ? 250 : 235)
  const nameX = all ? inClassX + 30 : left + (wide ? 90 : 76)
  const gapX = right
  const pointsX = right - (wide ? 220 : 180)
  const showTeam = wide && input.standings.some((row) => row.team !== undefined)
  const teamX = pointsX - 560
  const nameRoom = (showTeam ? teamX - 30 : pointsX - 150) - nameX
  const muted = `fill="${MUTED}" font-weight="700" letter-spacing="1"`
  const heading = (x: number, word: string, anchor = 'start') =>
    text(x, top + headSize, headSize, word.toUpperCase(), `${muted} text-anchor="${anchor}"`)
  const headings = [
    heading(left, words.position),
    all ? heading(badgeX, words.classTag) : '',
    all ? heading(inClassX, words.classPosition, 'end') : '',
    heading(nameX, words.name),
    showTeam ? heading(teamX, words.team) : '',
    heading(pointsX, words.points, 'end'),
    heading(gapX, words.gap, 'end'),
  ].join('')
  const rows = input.standings.slice(0, count).map((row, i) => {
    const y = rowsTop + (i + 0.72) * rowHeight
    const band =
      i % 2 === 0
        ? `<rect x="${left - 16}" y="${rowsTop + i * rowHeight}" width="${right - left + 32}" height="${rowHeight}" fill="#ffffff" fill-opacity="0.06"/>`
        : ''
    const tag = row.placeholder === true ? placeholderMarkWidth(size) : 0
    const name = clip(row.name, nameRoom - tag, size, true)
    const badge =
      all && row.classTag !== undefined
        ? pillSvg({
            x: badgeX,
            y: rowsTop + i * rowHeight + (rowHeight - size * 0.75 * 1.6) / 2,
            size: Math.round(size * 0.75),
            text: row.classTag.name,
            fill: row.classTag.color,
            color: row.classTag.text,
          }).svg
        : ''
    const inClass =
      all && row.classPosition !== undefined
        ? text(inClassX, y, size, String(row.classPosition), `text-anchor="end" fill="${SOFT}"`)
        : ''
    const team =
      showTeam && row.team !== undefined
        ? text(
            teamX,
            y,
            size * 0.8,
            clip(row.team, pointsX - 150 - teamX, size * 0.8),
            `fill="${SOFT}"`,
          )
        : ''
    return `${band}${text(left, y, size, String(row.position), `font-weight="700" fill="${MUTED}"`)}${badge}${inClass}${markedNameSvg(nameX, y, size, name, row.placeholder === true)}${team}${text(pointsX, y, size, row.points, 'text-anchor="end" font-weight="800"')}${text(gapX, y, size * 0.9, row.gap, `text-anchor="end" fill="${SOFT}"`)}`
  })
  return `${headings}${rows.join('')}`
}
