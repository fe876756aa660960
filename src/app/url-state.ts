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
] as const
export type View = (typeof VIEWS)[number]

export const CHARTS = ['gap', 'points', 'position'] as const
export type ChartKind = (typeof CHARTS)[number]

/** The broadcast card an overlay shows (view=overlay). */
export const CARDS = ['standings', 'gap', 'h2h', 'clinch'] as const
export type Card = (typeof CARDS)[number]

/** One imagined race result: cars in finishing order, and who takes pole and fastest lap. */
export interface Hypothesis {
  readonly race: string
  readonly order: ReadonlyArray<string>
  readonly pole: string | null
  readonly fastestLap: string | null
}

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
  readonly chart: ChartKind
  /** Charts show points before drops when true. */
  readonly beforeDrops: boolean
  /** While a race is live, show the standings as it stands (default) or as before the race. */
  readonly live: boolean
  /** Imagined results for races not yet run (or running): a what-if scenario. */
  readonly whatif: ReadonlyArray<Hypothesis>
  /** The card of the streaming overlay. */
  readonly card: Card
}

const ID = /^[a-z0-9][a-z0-9._-]{0,79}$/i
const MAX_COMPARE = 8

function id(value: string | null): string | null {
  return value !== null && ID.test(value) ? value : null
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
    series: id(params.get('series')),
    season: season !== null && /^\d{4}$/.test(season) ? Number(season) : null,
    champ: id(params.get('champ')),
    view: oneOf(VIEWS, params.get('view'), 'standings'),
    asOf: id(params.get('asOf')),
    compare: [...new Set(compare)].slice(0, MAX_COMPARE),
    driver: id(params.get('driver')),
    chart: oneOf(CHARTS, params.get('chart'), 'gap'),
    beforeDrops: params.get('drops') === 'before',
    live: params.get('live') !== 'off',
    whatif: parseWhatIf(params.get('whatif') ?? ''),
    card: oneOf(CARDS, params.get('card'), 'standings'),
  }
}

const CAR = /^[0-9a-z]{1,6}$/i
const MAX_HYPOTHESES = 8

/**
 * `r12:17pf.53.9;r13:53.17` — per race its id, then the cars in finishing order separated by
 * dots; `p` marks the pole, `f` the fastest lap. A malformed race is dropped, not the rest.
 */
function parseWhatIf(text: string): ReadonlyArray<Hypothesis> {
  const seen = new Set<string>()
  return text
    .split(';')
    .flatMap((part): Array<Hypothesis> => {
      const [race = '', cars = ''] = part.split(':')
      if (id(race) === null || seen.has(race) || cars === '') return []
      let pole: string | null = null
      let fastestLap: string | null = null
      const order: Array<string> = []
      for (const token of cars.split('.')) {
        const match = /^([0-9a-z]+?)(p?)(f?)$/i.exec(token)
        const car = match?.[1] ?? ''
        if (!CAR.test(car) || order.includes(car)) return []
        order.push(car)
        if (match?.[2] === 'p') pole = car
        if (match?.[3] === 'f') fastestLap = car
      }
      seen.add(race)
      return [{ race, order, pole, fastestLap }]
    })
    .slice(0, MAX_HYPOTHESES)
}

function formatWhatIf(whatif: ReadonlyArray<Hypothesis>): string {
  return whatif
    .map(
      (h) =>
        `${h.race}:${h.order.map((car) => `${car}${h.pole === car ? 'p' : ''}${h.fastestLap === car ? 'f' : ''}`).join('.')}`,
    )
    .join(';')
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
  if (state.whatif.length > 0) params.set('whatif', formatWhatIf(state.whatif))
  if (state.card !== 'standings') params.set('card', state.card)
  const text = params
    .toString()
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%3B', ';')
  return text === '' ? '' : `?${text}`
}
