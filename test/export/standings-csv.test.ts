import { expect, test } from 'vitest'
import { toStandingsCsv } from '../../src/export/standings-csv.ts'
import { toStandingsDocument } from '../../src/export/standings-document.ts'
import { exportModel as standings } from '../fixtures/export-season.ts'

test('CSV: one line per entry, race columns, formula-looking names neutralised', () => {
  const csv = toStandingsCsv([toStandingsDocument(standings, 1, ['pro'])], ['r01', 'r03'])
  expect(csv.split('\r\n')).toEqual([
    'afterRace,championship,position,previousPosition,id,name,car,team,points,gapToLeader,gapToNext,wins,podiums,poles,fastestLaps,starts,dnfs,bestFinish,pointsBeforeDrops,adjustments,dropped,tieBreak,status,r01,r03',
    'r03,pro,1,1,a,Ann Able,1,Team 1,27,0,0,1,1,1,0,2,1,1,27,0,r03,,official,27,0',
    `r03,pro,2,2,b,"'=HYPERLINK(""x"")",2,Team 2,25,2,2,1,2,0,0,2,0,1,45,0,r01,,official,20,25`,
    '',
  ])
})
