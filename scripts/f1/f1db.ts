/**
 * The shape of the F1DB extract in data-src/f1db/ (F1DB, github.com/f1db/f1db, CC BY 4.0;
 * data-src/f1db/README.md): one file per season, names by id in drivers.json and
 * constructors.json.
 */
export interface F1dbRow {
  readonly position: number | string
  readonly driverNumber: number | string
  readonly driverId: string
  readonly constructorId: string
  readonly laps?: number | null
  readonly time?: string | null
  readonly points?: number | null
  readonly sharedCar?: boolean
  readonly reasonRetired?: string | null
}

export interface F1dbStanding {
  /**
   * "EX" or "DSQ": excluded from the championship (McLaren, constructors 2007; Schumacher,
   * drivers 1997, listed with the points he scored).
   */
  readonly position: number | 'EX' | 'DSQ'
  readonly driverId?: string
  readonly constructorId?: string
  readonly engineManufacturerId?: string
  readonly points: number
}

export interface F1dbRace {
  readonly round: number
  readonly date: string
  readonly grandPrixId: string
  readonly officialName: string
  readonly circuitId: string
  readonly results: ReadonlyArray<F1dbRow>
  readonly sprint?: ReadonlyArray<F1dbRow>
  readonly fastestLaps: ReadonlyArray<{ readonly driverId: string }>
  readonly qualifyingTop3: ReadonlyArray<{ readonly position: number; readonly driverId: string }>
  readonly driverStandings: ReadonlyArray<F1dbStanding>
  readonly constructorStandings: ReadonlyArray<F1dbStanding>
}

export interface F1dbSeason {
  readonly year: number
  readonly races: ReadonlyArray<F1dbRace>
}

export type F1dbNames = Readonly<Record<string, { readonly name: string }>>
