import { writeFileSync } from 'node:fs'
import type { Erratum } from './f1db-errata.ts'
import type { F1Rules } from './f1-rules.ts'

/**
 * public/data/f1/README.md, written from the same rules and errata the conversion used: what
 * ships, every correction that is not a race fact, and why the other seasons do not ship yet.
 */
export function writeF1Readme(
  shipped: ReadonlyArray<number>,
  notShipped: ReadonlyMap<number, ReadonlyArray<string>>,
  rules: F1Rules,
  errata: ReadonlyArray<Erratum>,
): void {
  const years = [...shipped].sort((a, b) => a - b)
  const adjustments = Object.entries(rules.seasons).flatMap(([year, s]) =>
    years.includes(Number(year))
      ? (s.adjustments ?? []).map(
          (a) =>
            `| ${year} | ${a.championship} | ${a.driver ?? a.team ?? ''} | ${a.points} | after ${a.afterGrandPrix} | ${a.reason} |`,
        )
      : [],
  )
  const multipliers = Object.entries(rules.seasons).flatMap(([year, s]) =>
    years.includes(Number(year))
      ? Object.entries(s.multipliers ?? {}).map(([gp, m]) => `${year} ${gp} × ${m}`)
      : [],
  )
  const listed = <T>(pick: (s: F1Rules['seasons'][string]) => ReadonlyArray<T> | undefined) =>
    Object.entries(rules.seasons).flatMap(([year, s]) =>
      years.includes(Number(year)) ? (pick(s) ?? []).map((item) => ({ year, item })) : [],
    )
  const exclusions = listed((s) => s.excluded).map(
    ({ year, item }) =>
      `- ${year}, ${item.championship}: ${item.id} excluded${item.afterGrandPrix === undefined ? ' from the start' : ` after ${item.afterGrandPrix}`} — ${item.reason}`,
  )
  const unscored = listed((s) => s.noPoints).map(
    ({ year, item }) => `- ${year} ${item.grandPrix}: ${item.driver} ${item.reason}`,
  )
  const formula2 = listed((s) => Object.entries(s.formula2 ?? {})).map(
    ({ year, item: [gp, drivers] }) => `- ${year} ${gp}: ${drivers.join(', ')}`,
  )
  const counting = rules.eras.map((era) => {
    const split = Object.entries(rules.seasons).filter(
      ([y, s]) => Number(y) >= era.from && Number(y) <= era.to && s.drivers?.parts !== undefined,
    )
    const own = Object.entries(rules.seasons).flatMap(([y, s]) =>
      Number(y) >= era.from && Number(y) <= era.to && s.drivers?.best !== undefined
        ? [`${y}: best ${s.drivers.best}`]
        : [],
    )
    const rule =
      split.length > 0
        ? 'split season (best of each part, per season in rules.json)'
        : era.drivers?.best === undefined
          ? 'every result'
          : `best ${era.drivers.best}${own.length > 0 ? ` (${own.join(', ')})` : ''}`
    const ties =
      era.countbackPlaces === undefined
        ? 'countback over every place'
        : `countback over the ${era.countbackPlaces} scoring places, then shared`
    return `| ${era.from === era.to ? era.from : `${era.from}–${era.to}`} | ${era.points.join('-')} | ${rule} | ${ties} |`
  })
  const reasons = new Map<string, Array<number>>()
  for (const [year, why] of notShipped) {
    const key = why.join('; ')
    reasons.set(key, [...(reasons.get(key) ?? []), year])
  }
  const text = `# Formula One data

The Formula One World Championship in Pitboard's season format: every Grand Prix and sprint
classification, the drivers' and (from 1958) the constructors' championships, for every season
whose rules the format can say: **${years.length} seasons, ${spans(years)}**. Every number is
official; the engine computes every point from the facts in the result files.

Source: [F1DB](https://github.com/f1db/f1db), licensed
[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) (the extract in \`data-src/f1db/\`),
converted by \`npm run data:f1\` (\`scripts/build-f1.ts\`) with the rules of each era declared as
data in \`data-src/f1/rules.json\`. A second run writes the same bytes.

What a result file holds: each car's place or status (F1DB's DNF, DNS, DSQ, NC; EX as DSQ; cars
that did not qualify, pre-qualify or practise are not race entries), laps, time, the reason for
a retirement, the pole (F1DB's qualifying first place; poles score nothing) and the fastest lap.
A sprint weekend has a \`Sprint\` race before its \`Grand Prix\`.

Points multipliers: ${multipliers.join(', ') || 'none'}.

## Rules by era

| seasons | points | drivers' results counted | equal points |
| --- | --- | --- | --- |
${counting.join('\n')}

Seasons where a chassis raced with two engine makes rank each pair as its own constructor
(Brabham-BMW and Brabham-Ford, 1982): \`data-src/f1/engines.json\`, from F1DB's entrants. A place
F1DB leaves empty (1983 Brazil, second) is \`vacant\`. A driver who did not start one car and
raced another has the first as a note of the race.

A driver whose name cannot tell a compound surname from a second given name ("Archie Scott
Brown") has F1DB's lastName as \`shortName\` ("Scott Brown"), the name sentences and labels use:
\`data-src/f1/f1db-last-names.json\`. Every other driver's short name comes from the name.

Formula 2 cars in a Grand Prix (class \`f2\`; points go by the places of Formula One cars):

${formula2.join('\n') || 'none'}

## Corrections that are not race facts

Stewards' and the FIA's decisions after a race, as adjustments with their reasons:

| season | championship | entry | points | when | reason |
| --- | --- | --- | --: | --- | --- |
${adjustments.join('\n')}

Entries excluded from a championship (their results stand; nobody moves up):

${exclusions.join('\n') || 'none'}

Cars that keep their place but score nothing (\`noPoints\`):

${unscored.join('\n') || 'none'}

## Where F1DB contradicts its own results

The engine keeps the rule; these checkpoints differ from F1DB's standings and are listed in
\`data-src/f1/f1db-errata.json\` and pinned by \`test/data/f1-seasons.test.ts\`:

${errata.map((e) => `- ${e.year} after ${e.afterRace} (${e.championship}): ${e.reason}`).join('\n')}

## Not shipped yet

${
  reasons.size === 0
    ? 'Nothing: every season of the extract ships.'
    : `These seasons need rules the season format cannot say yet:\n\n${[...reasons].map(([why, ys]) => `- ${ys.join(', ')}: ${why}`).join('\n')}`
}
`
  writeFileSync('public/data/f1/README.md', text)
}

/** "1950–2024", or "1950–1953, 1955" where seasons are missing. */
function spans(years: ReadonlyArray<number>): string {
  const runs: Array<[number, number]> = []
  for (const year of years) {
    const last = runs.at(-1)
    if (last !== undefined && last[1] === year - 1) last[1] = year
    else runs.push([year, year])
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')
}
