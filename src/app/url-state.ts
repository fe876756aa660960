import {
  CARD_KINDS,
  OVERLAY_FRAMES,
  type CardKind,
  type OverlayFrame,
} from '../export/card-kinds.ts'
import { formatSort, parseSort, type TableSort } from '../model/table-sort.ts'
import { CHART_VIEWS, type ChartView } from '../model/chart-lines.ts'
import type { ImaginedRace } from '../model/what-if.ts'
import { ID_PATTERN } from '../data/id-pattern.ts'
import { seasonParam, seriesParam } from '../data/pick-season.ts'

/**
 * The dashboard's address is its state (docs/dashboard.md#url): every control writes it, and any
 * link restores the same view. Parsing never fails: a value that makes no sense is dropped and
 * the default is used. Whether an id exists in the season is checked later, against the data
 * (resolve-selection.ts).
 */
export const VIEWS = [
  'standings',
  'results',
  'chart',
  'h2h',
  'driver',
  'booth',
  'whatif',
  'overlay',
  'permutations',
  /** "How it was built": the season's page about its data (docs/dashboard.md#reconstructed-data). */
  'about',
] as const
export type View = (typeof VIEWS)[number]

/** The broadcast card an overlay shows (view=overlay). */
export type Card = CardKind

/** How the overlay frames its card: full frame or lower third (export/card-kinds.ts). */
export type Frame = OverlayFrame

/** What the booth shows: the standings boards, or the title permutations of the next race. */
export const BOARDS = ['standings', 'permutations'] as const
export type Board = (typeof BOARDS)[number]

export interface UrlState {
  readonly series: string | null
  readonly season: number | null
  /** A championship id, or "all" for every class side by side. */
  readonly champ: string | null
  readonly view: View
  /** Race id: the standings after this race. Null: the latest race with results. */
  readonly asOf: string | null
  /** Drivers (or teams) to chart and compare, in the order given. */
  readonly compare: ReadonlyArray<string>
  readonly driver: string | null
  readonly chart: ChartView
  /** Charts show points before drops when true. */
  readonly beforeDrops: boolean
  /** While a race is live, show the standings as it stands (default) or as before the race. */
  readonly live: boolean
  /** Imagined results for races not yet run (or running): a what-if scenario. */
  readonly whatif: ReadonlyArray<ImaginedRace>
  /** The card of the streaming overlay. */
  readonly card: Card
  /** The overlay's template: full frame or lower third. */
  readonly frame: Frame
  /** The booth's presentation mode: full screen, no site chrome (docs/dashboard.md#booth). */
  readonly present: boolean
  /** How many of a class the booth shows when no two entries are compared. */
  readonly top: number
  /** The booth's board: the standings, or the permutations of the next race (key T). */
  readonly board: Board
  /** The standings table's order: the championship's, or by a column (`sort=wins-desc`). */
  readonly sort: TableSort
}

/** The booth's default and largest "top N" (docs/dashboard.md#booth). */
export const BOOTH_TOP = { fallback: 5, max: 10 } as const

const MAX_COMPARE = 8

function id(value: string | null): string | null {
  return value !== null && ID_PATTERN.test(value) ? value : null
}

function oneOf<T extends string>(options: ReadonlyArray<T>, value: string | null, fallback: T): T {
  return options.find((option) => option === value) ?? fallback
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  const season = params.get('season')
  const compare = (params.get('compare') ?? '')
    .split(',')
    .map((value) => id(value.trim()))
    .filter((value): value is string => value !== null)
  return {
    series: seriesParam(params.get('series')),
    season: seasonParam(season),
    champ: id(params.get('champ')),
    view: oneOf(VIEWS, params.get('view'), 'standings'),
    asOf: id(params.get('asOf')),
    compare: [...new Set(compare)].slice(0, MAX_COMPARE),
    driver: id(params.get('driver')),
    chart: oneOf(CHART_VIEWS, params.get('chart'), 'gap'),
    beforeDrops: params.get('drops') === 'before',
    live: params.get('live') !== 'off',
    whatif: parseWhatIf(params.getAll('whatif')),
    card: oneOf(CARD_KINDS, params.get('card'), 'standings'),
    frame: oneOf(OVERLAY_FRAMES, params.get('frame'), 'full'),
    present: params.get('present') === '1',
    top: topOf(params.get('top')),
    board: oneOf(BOARDS, params.get('board'), 'standings'),
    sort: parseSort(params.get('sort')),
  }
}

function topOf(value: string | null): number {
  const top = value !== null && /^\d{1,2}$/.test(value) ? Number(value) : BOOTH_TOP.fallback
  return top >= 2 && top <= BOOTH_TOP.max ? top : BOOTH_TOP.fallback
}

const CAR = /^[0-9a-z]{1,6}$/i
/** Longer than any id a link needs: a guard against pasted junk (ids: docs/data-format.md). */
const MAX_ID = 200
const MAX_HYPOTHESES = 8

/**
 * Imagined results (docs/dashboard.md#url), one `whatif` parameter per race:
 * `2,r12,<pole>,<fastest lap>,<entry>,<entry>,…` names entries by id in finishing order (version
 * 2; an empty pole or fastest lap is none). Links made before entries name car numbers, all races
 * in one parameter: `r12:17pf.53.9;r13:53.17` (`p` pole, `f` fastest lap); they still work. A
 * malformed race is dropped, not the rest.
 */
function parseWhatIf(values: ReadonlyArray<string>): ReadonlyArray<ImaginedRace> {
  // The same text gives the same array, so everything derived from the what-if (the season model)
  // is kept while other parts of the address change.
  const text = values.join('&')
  const known = parsed.get(text)
  if (known !== undefined) return known
  const whatif = readWhatIf(values)
  if (parsed.size >= 32) parsed.clear()
  parsed.set(text, whatif)
  return whatif
}

const parsed = new Map<string, ReadonlyArray<ImaginedRace>>()

function readWhatIf(values: ReadonlyArray<string>): ReadonlyArray<ImaginedRace> {
  const seen = new Set<string>()
  const keep = (h: ImaginedRace | null): Array<ImaginedRace> => {
    if (h === null || seen.has(h.race)) return []
    seen.add(h.race)
    return [h]
  }
  return values
    .flatMap((value) =>
      value.startsWith('2,')
        ? keep(parseByEntry(value))
        : value.split(';').flatMap((part) => keep(parseByCar(part))),
    )
    .slice(0, MAX_HYPOTHESES)
}

function parseByEntry(value: string): ImaginedRace | null {
  const [, race = '', pole = '', fastestLap = '', ...order] = value.split(',')
  if (id(race) === null || order.length === 0 || new Set(order).size !== order.length) return null
  if (!order.every((entry) => entry.length <= MAX_ID && ID_PATTERN.test(entry))) return null
  const named = (entry: string) => (entry !== '' && order.includes(entry) ? entry : null)
  return { by: 'entry', race, order, pole: named(pole), fastestLap: named(fastestLap) }
}

function parseByCar(part: string): ImaginedRace | null {
  const [race = '', cars = ''] = part.split(':')
  if (id(race) === null || cars === '') return null
  let pole: string | null = null
  let fastestLap: string | null = null
  const order: Array<string> = []
  for (const token of cars.split('.')) {
    const match = /^([0-9a-z]+?)(p?)(f?)$/i.exec(token)
    const car = match?.[1] ?? ''
    if (!CAR.test(car) || order.includes(car)) return null
    order.push(car)
    if (match?.[2] === 'p') pole = car
    if (match?.[3] === 'f') fastestLap = car
  }
  return { by: 'car', race, order, pole, fastestLap }
}

function formatWhatIf(whatif: ReadonlyArray<ImaginedRace>): ReadonlyArray<string> {
  return whatif.map((h) =>
    h.by === 'entry'
      ? ['2', h.race, h.pole ?? '', h.fastestLap ?? '', ...h.order].join(',')
      : `${h.race}:${h.order.map((car) => `${car}${h.pole === car ? 'p' : ''}${h.fastestLap === car ? 'f' : ''}`).join('.')}`,
  )
}

/** The query string for `state`, defaults left out, keys always in the same order. */
export function toSearch(state: UrlState): string {
  const params = new URLSearchParams()
  if (state.series !== null) params.set('series', state.series)
  if (state.season !== null) params.set('season', String(state.season))
  if (state.champ !== null) params.set('champ', state.champ)
  if (state.view !== 'standings') params.set('view', state.view)
  if (state.asOf !== null) params.set('asOf', state.asOf)
  if (state.compare.length > 0) params.set('compare', state.compare.join(','))
  if (state.driver !== null) params.set('driver', state.driver)
  if (state.chart !== 'gap') params.set('chart', state.chart)
  if (state.beforeDrops) params.set('drops', 'before')
  if (!state.live) params.set('live', 'off')
  for (const value of formatWhatIf(state.whatif)) params.append('whatif', value)
  if (state.card !== 'standings') params.set('card', state.card)
  if (state.frame !== 'full') params.set('frame', state.frame)
  if (state.present) params.set('present', '1')
  if (state.top !== BOOTH_TOP.fallback) params.set('top', String(state.top))
  if (state.board !== 'standings') params.set('board', state.board)
  const sort = formatSort(state.sort)
  if (sort !== null) params.set('sort', sort)
  const text = params
    .toString()
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%3B', ';')
  return text === '' ? '' : `?${text}`
}
