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
  const reasons = new Map<string, Array<number>>()
  for (const [year, why] of notShipped) {
    const key = why.join('; ')
    reasons.set(key, [...(reasons.get(key) ?? []), year])
  }
  const text = `# Formula One data

The Formula One World Championship in Pitboard's season format: every Grand Prix and sprint
classification, the drivers' and (from 1958) the constructors' championships, for every season
whose rules the format can say: **${years.length} seasons, ${years.join(', ')}**. Every number is
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

## Corrections that are not race facts

Stewards' and the FIA's decisions after a race, as adjustments with their reasons:

| season | championship | entry | points | when | reason |
| --- | --- | --- | --: | --- | --- |
${adjustments.join('\n')}

## Where F1DB contradicts its own results

The engine keeps the rule; these checkpoints differ from F1DB's standings and are listed in
\`data-src/f1/f1db-errata.json\` and pinned by \`test/data/f1-seasons.test.ts\`:

${errata.map((e) => `- ${e.year} after ${e.afterRace} (${e.championship}): ${e.reason}`).join('\n')}

## Not shipped yet

These seasons need rules the season format cannot say yet (issue 14 adds them):

${[...reasons].map(([why, ys]) => `- ${ys.join(', ')}: ${why}`).join('\n')}
`
  writeFileSync('public/data/f1/README.md', text)
}
