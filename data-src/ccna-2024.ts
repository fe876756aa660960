import type { EntrantFacts, RaceFacts, SeasonFacts } from '../scripts/ccna/season-facts.ts'
import { CCNA_SCORING, entrantsOf } from './ccna-entrants.ts'

/**
 * Porsche Carrera Cup North America 2024: what the sources say (keys: data-src/ccna-sources.ts),
 * as input for scripts/build-ccna.ts. Class positions unless marked overall. Anything not stated
 * here is placed by the solver and labelled reconstructed in the output.
 */

const { entrant, unnamed } = entrantsOf({ pro: 'Pro', 'pro-am': 'Pro-Am', masters: 'Masters' }, [
  'WIKIMILI24',
])

const W = ['W24']
// Junior: Burton and Hartog lead the Junior standings after Sebring [PCNA-MIA24]; no other 2024
// junior is named, so the table has these two.
const junior = ['junior']

const entrants: ReadonlyArray<EntrantFacts> = [
  entrant(
    'pro',
    'loek-hartog',
    'Loek Hartog',
    'NLD',
    '24',
    'kellymoss',
    'all',
    1,
    ['NR-IMS24'],
    junior,
  ),
  entrant(
    'pro',
    'gus-burton',
    'Gus Burton',
    'GBR',
    '20',
    'mdk-motorsports',
    [1, 2, 3],
    2,
    ['PCNA-MIA24'],
    junior,
  ),
  entrant('pro', 'alex-sedgwick', 'Alex Sedgwick', 'GBR', '98', 'jdx-racing', 'all', 2, W),
  entrant('pro', 'ryan-yardley', 'Ryan Yardley', 'NZL', '78', 'topp-racing', 'all', 3, [
    'SS-COTA24',
  ]),
  entrant('pro', 'zachary-vanier', 'Zachary Vanier', 'CAN', '9', 'jdx-racing', 'all', 3.5, W),
  entrant('pro', 'dan-clarke', 'Dan Clarke', 'GBR', '71', 'nolasport', 'all', 5, ['RN-MIA24']),
  entrant('pro', 'yves-baltas', 'Yves Baltas', 'USA', '15', 'mdk-motorsports', [3], 5, ['DH-MTL']),
  entrant('pro', 'yves-baltas', 'Yves Baltas', 'USA', '15', 'gmg-racing', [5], 5, ['SWM-GMG-RA24']),
  entrant('pro', 'yves-baltas', 'Yves Baltas', 'USA', '15', 'aci-motorsports', [6, 7, 8], 5, W),
  entrant('pro', 'jimmy-llibre', 'Jimmy Llibre', 'DOM', '2', 'aci-motorsports', 'all', 7, W),
  entrant(
    'pro',
    'michael-mccann',
    'Michael McCann',
    'USA',
    '8',
    'mccann-racing',
    [1, 2, 3, 4],
    8,
    W,
  ),
  entrant('pro', 'michael-mccann', 'Michael McCann', 'USA', '8', 'kellymoss', [5, 6, 7, 8], 8, W),
  entrant('pro', 'michael-cooper', 'Michael Cooper', 'USA', '26', 'baby-bull-racing', 'all', 9, [
    'PCC-BULL',
    'PTA-WGI',
  ]),
  entrant(
    'pro',
    'elias-de-la-torre-iv',
    'Elias De La Torre IV',
    'USA',
    '4',
    'jdx-racing',
    'all',
    10,
    W,
  ),
  entrant(
    'pro',
    'angel-benitez',
    'Ángel Benítez',
    'VEN',
    '5',
    'momentop-fms-rgb',
    [1, 2, 3, 4, 6, 7, 8],
    10,
    W,
  ),
  entrant('pro', 'madeline-stewart', 'Madeline Stewart', 'NZL', '82', 'jdx-racing', 'all', 11, W),
  entrant('pro', 'thomas-kiefer', 'Thomas Kiefer', 'DEU', '27', 'momentop-fms-rgb', [8], 12, W),
  entrant(
    'pro',
    'michael-verhagen',
    'Michael Verhagen',
    'NLD',
    '91',
    'momentop-fms-rgb',
    [2],
    12,
    W,
  ),
  unnamed('pro', 'A', '77', 'topp-racing', 'all', 13),
  unnamed('pro', 'B', '85', 'kellymoss', [2, 3, 4, 5, 6, 7, 8], 12),
  unnamed('pro', 'C', '88', 'team-car-88', 'all', 14),
  unnamed('pro', 'D', '37', 'mdk-motorsports', [1, 2, 3, 4], 13),
  unnamed('pro', 'E', '64', 'mdk-motorsports', [1, 3], 14),
  unnamed('pro', 'F', '85', 'team-car-85', [1], 15),
  unnamed('pro', 'G', '37', 'team-cars-37-64', [5, 7], 14),
  unnamed('pro', 'H', '64', 'team-cars-37-64', [5, 7], 15),

  entrant('pro-am', 'alan-metni', 'Alan Metni', 'USA', '99', 'kellymoss', 'all', 1, ['NR-IMS24']),
  entrant('pro-am', 'efrin-castro', 'Efrin Castro', 'USA', '65', 'kellymoss', 'all', 1.5, [
    'SS-COTA24',
  ]),
  entrant('pro-am', 'marco-cirone', 'Marco Cirone', 'USA', '84', 'aci-motorsports', 'all', 2, [
    'PCNA-MIA24',
    'PCC-IMS24',
  ]),
  entrant(
    'pro-am',
    'moisey-uretsky',
    'Moisey Uretsky',
    'USA',
    '44',
    'baby-bull-racing',
    'all',
    2.5,
    ['STF0621'],
  ),
  // Sofronas did not race the full season: not at Watkins Glen [SWM-GMG-RA24W]; weekends 1-3, 5
  // and 8 in the entry list [WIKIMILI24].
  entrant(
    'pro-am',
    'james-sofronas',
    'James Sofronas',
    'USA',
    '14',
    'gmg-racing',
    [1, 2, 3, 5, 8],
    2.5,
    ['PCNA-MIA24', 'DH-MTL', 'SWM-GMG-SEB24', 'SWM-GMG-RA24W', 'WIKIMILI24'],
  ),
  entrant('pro-am', 'ofir-levy', 'Ofir Levy', undefined, '3', 'gmg-racing', [2, 3], 5, [
    'GMG-MIA24',
    'SWM-GMG-MTL24',
    'WIKIMILI24',
  ]),
  // Torres: the Pro-Am polesitter of race 10 at Road America [SWM-GMG-RA24W]; his car, team and
  // other weekends are not published.
  entrant('pro-am', 'pedro-torres', 'Pedro Torres', undefined, '30', 'team-torres', [5], 3, [
    'SWM-GMG-RA24W',
  ]),
  unnamed('pro-am', 'A', '91', 'team-car-91', [1, 4, 6, 7], 4),
  unnamed('pro-am', 'B', '11', 'team-car-11', 'all', 5),
  unnamed('pro-am', 'C', '16', 'team-car-16', 'all', 6),
  unnamed('pro-am', 'D', '23', 'kellymoss', 'all', 5),
  unnamed('pro-am', 'E', '56', 'topp-racing', 'all', 6),
  unnamed('pro-am', 'F', '27', 'team-car-88', [1, 2, 3, 4, 5], 7),
  // Not Baby Bull Racing: that team ran two cars, Uretsky's and Cooper's [PCC-BULL].
  unnamed('pro-am', 'G', '66', 'team-car-66', [2, 3], 7),
  unnamed('pro-am', 'H', '69', 'momentop-fms-rgb', [2], 8),
  unnamed('pro-am', 'I', '74', 'team-car-74', [4], 8),

  entrant('masters', 'matt-halcome', 'Matt Halcome', 'USA', '55', 'aci-motorsports', 'all', 1, [
    'PCNA-MIA24',
    'STF0621',
  ]),
  entrant('masters', 'chris-bellomo', 'Chris Bellomo', 'USA', '7', 'kellymoss', 'all', 1.2, [
    'SS-COTA24',
  ]),
  // Kvamme's team, MDK Motorsports, withdrew from the series after Watkins Glen (weekend 4),
  // announced 28 June 2024 [MDK-EXIT24]: races 7-8 there were his last Carrera Cup races.
  entrant(
    'masters',
    'mark-kvamme',
    'Mark Kvamme',
    'USA',
    '43',
    'mdk-motorsports',
    [1, 2, 3, 4],
    1.5,
    ['SDM-KV-MIA', 'SDM-KV-WGI', 'MDK-EXIT24'],
  ),
  entrant('masters', 'scott-blind', 'Scott Blind', 'USA', '36', 'team-car-36', 'all', 2.5, [
    'SS-COTA24',
    'NR-IMS24',
  ]),
  entrant('masters', 'richard-edge', 'Richard Edge', 'USA', '46', 'team-car-46', 'all', 3, [
    'SS-COTA24',
    'NR-IMS24',
  ]),
  entrant('masters', 'john-goetz', 'John Goetz', 'USA', '57', 'kellymoss', 'all', 4, ['PCC-PMNA']),
  // Washington: Sebring, Montreal, Road America and COTA; a late scratch at Miami [SWM-GMG-MTL24].
  entrant(
    'masters',
    'kyle-washington',
    'Kyle Washington',
    undefined,
    '32',
    'gmg-racing',
    [1, 3, 5, 8],
    3.5,
    ['SWM-GMG-SEB24', 'SWM-GMG-MTL24', 'SWM-GMG-RA24', 'GMG-COTA24'],
  ),
  unnamed('masters', 'A', '48', 'team-car-48', [1, 2, 3, 4, 5, 7, 8], 5),
  unnamed('masters', 'C', '58', 'team-car-16', [1, 2, 4, 8], 6),
  unnamed('masters', 'D', '59', 'team-car-59', [1, 4, 8], 7),
  unnamed('masters', 'E', '60', 'topp-racing', [1, 8], 7),
  // The sixth Masters car at Indianapolis and the eleventh at COTA (the published field sizes)
  // with Kvamme gone: no source names it.
  unnamed('masters', 'F', '61', 'team-car-61', [6, 8], 6),
]

// Masters wins: Halcome won races 1, 2, 5 and 6, Kvamme 3 and 4, Blind/Edge 11, 12 and 16
// [PCNA-MIA24], [SDM-KV-MIA], [DH-MTL], [NR-IMS24], [SS-COTA24]. Halcome and Bellomo ended
// level on wins, so they share races 7-10 and 13-15 but one: read here as Halcome 8, Bellomo
// 7, 10 and 13-15 (five wins each) and race 9 to someone else. "Both 8 wins" [SS-COTA24]
// cannot hold with the other winners; see public/data/ccna/README.md.
// The places, poles and fastest laps of Halcome, Bellomo and Kvamme not published are one
// arrangement that meets every published Masters number (18 after race 2, Kvamme second
// after races 4 and 8, 41 after race 10, 5 before the final, the tie, seconds 5 to 4), found by
// a focused search over those three drivers; every other Masters place is left to the solver.
// Kvamme raced weekends 1-4 only (MDK withdrew after Watkins Glen [MDK-EXIT24]).
const races: ReadonlyArray<RaceFacts> = [
  {
    id: 'r01',
    sources: ['PCNA-MIA24', 'SWM-JDX24', 'SDM-SEB24', 'SWM-GMG-SEB24'],
    confirmed: [
      'Pro: Hartog won, Burton second (derived from the points); Sedgwick fourth, under half a second off third',
      'Pro-Am: Sofronas won from third on the grid, leading every lap, 0.179 s ahead of Cirone',
      'Masters: Halcome won with the fastest lap; Washington fifth on his Sebring debut; Kvamme started from the back of the grid and was penalised four places for contact',
    ],
    place: {
      'loek-hartog': 1,
      'gus-burton': 2,
      'alex-sedgwick': 4,
      'james-sofronas': 1,
      'marco-cirone': 2,
      'matt-halcome': 1,
      'chris-bellomo': 2,
      'mark-kvamme': 4,
      'kyle-washington': 5,
    },
    // Derived: after Sebring Burton had 47 (20 + 25 + 2) and Hartog 46 (25 + 17 + 4), so the
    // four Pro bonuses of the weekend were theirs; read as Hartog's pole and fastest lap here.
    pole: { pro: 'loek-hartog' },
    fastestLap: { pro: 'loek-hartog', masters: 'matt-halcome' },
    notes: ['Car 43 (Kvamme): four-place penalty for contact'],
    // Sofronas started third on the grid (no pole); no source gives him the fastest lap.
    noBonus: ['matt-halcome', 'chris-bellomo', 'mark-kvamme', 'james-sofronas'],
  },
  {
    id: 'r02',
    sources: ['PCNA-MIA24', 'SWM-JDX24', 'SDM-SEB24', 'GMG-COTA24'],
    confirmed: [
      'Pro: Burton won (from pole, derived); Hartog third (derived from the entrants points: Kellymoss 42); Sedgwick fifth',
      'Masters: Halcome won with the fastest lap; Kvamme was taken out three laps from the end; Washington third',
    ],
    place: {
      'gus-burton': 1,
      'loek-hartog': 3,
      'alex-sedgwick': 5,
      'matt-halcome': 1,
      'mark-kvamme': 'dnf',
      'chris-bellomo': 4,
      'kyle-washington': 3,
    },
    reasons: { 'mark-kvamme': 'Taken out, three laps from the end' },
    pole: { pro: 'gus-burton' },
    fastestLap: { pro: 'loek-hartog', masters: 'matt-halcome' },
    noBonus: ['matt-halcome', 'chris-bellomo', 'mark-kvamme'],
  },
  {
    id: 'r03',
    sources: ['PS-VAN', 'SDM-SED-MIA', 'RN-MIA24', 'PCC-BULL', 'SDM-KV-MIA'],
    confirmed: [
      'Pro: Sedgwick took pole (1:57.164) and crossed the line first but a 10-second penalty for the start put him 15th',
      'Vanier crossed the line fourth and was classified second; Dan Clarke fourth; the winner was neither Sedgwick nor Vanier (Hartog, derived from his seven wins)',
      'Pro-Am: Uretsky third; Masters: Kvamme won (the race ended under caution)',
    ],
    place: {
      'loek-hartog': 1,
      'zachary-vanier': 2,
      'dan-clarke': 4,
      'moisey-uretsky': 3,
      'mark-kvamme': 1,
      'matt-halcome': 2,
      'chris-bellomo': 8,
    },
    overall: { 'alex-sedgwick': 15 },
    pole: { pro: 'alex-sedgwick', masters: 'mark-kvamme' },
    notes: [
      'Car 98 (Sedgwick): 10-second time penalty for the start, 1st -> 15th',
      'Car 9 (Vanier) crossed the line 4th and was classified 2nd: another car ahead of him was also penalised (not named in the sources)',
    ],
    fastestLap: { masters: 'matt-halcome' },
  },
  {
    id: 'r04',
    sources: ['PS-VAN', 'SDM-KV-MIA', 'RN-MIA24', 'PCC-BULL'],
    confirmed: [
      'Pro: Vanier won (first win, from third, by 0.282 s); Sedgwick second from pole; Dan Clarke retired; about 31 of the 40 minutes behind the safety car',
      'Pro-Am: Uretsky won; Masters: Kvamme won and moved up to second in the standings',
    ],
    place: {
      'zachary-vanier': 1,
      'alex-sedgwick': 2,
      'dan-clarke': 'dnf',
      'moisey-uretsky': 1,
      'mark-kvamme': 1,
      'matt-halcome': 4,
      'chris-bellomo': 5,
    },
    reasons: { 'dan-clarke': 'Retired' },
    pole: { pro: 'alex-sedgwick' },
    fastestLap: { masters: 'mark-kvamme' },
    noBonus: ['matt-halcome', 'chris-bellomo', 'mark-kvamme'],
  },
  {
    id: 'r05',
    sources: ['DH-MTL', 'SWM-MTL', 'SWM-GMG-RA24', 'GMG-COTA24'],
    confirmed: [
      'Pro: Hartog took pole; Yves Baltas (#15 MDK Motorsports) won, his first win, on slicks in the rain after a 20-minute red flag; finished under caution',
      'Pro-Am: Sofronas won; Masters: Halcome won, Washington third (his podium in the wet, read as this first Montreal race), Kvamme fifth',
    ],
    place: {
      'yves-baltas': 1,
      'james-sofronas': 1,
      'matt-halcome': 1,
      'mark-kvamme': 5,
      'chris-bellomo': 2,
      'kyle-washington': 3,
    },
    pole: { pro: 'loek-hartog' },
    fastestLap: { masters: 'chris-bellomo' },
    noBonus: ['matt-halcome', 'chris-bellomo', 'mark-kvamme'],
  },
  {
    id: 'r06',
    sources: ['DH-MTL', 'SWM-MTL', 'PCC-BULL'],
    confirmed: [
      'Pro: Hartog won; finished under caution',
      'Pro-Am: Uretsky won; Masters: Halcome won, Kvamme fourth',
    ],
    place: {
      'loek-hartog': 1,
      'moisey-uretsky': 1,
      'matt-halcome': 1,
      'mark-kvamme': 4,
      'chris-bellomo': 5,
    },
    pole: { masters: 'matt-halcome' },
    noBonus: ['matt-halcome', 'chris-bellomo', 'mark-kvamme'],
  },
  {
    id: 'r07',
    sources: ['SS-COTA24', 'PTA-WGI', 'SDM-KV-WGI', 'DH-WGI24', 'MDK-EXIT24'],
    confirmed: [
      'Pro: Yardley won (inferred from his wins at Watkins Glen, Road Atlanta and COTA); Sedgwick started third and finished about sixth',
      'Masters: Kvamme fourth (MDK withdrew after this weekend: his last Carrera Cup races were 7 and 8)',
    ],
    place: { 'ryan-yardley': 1, 'mark-kvamme': 4, 'chris-bellomo': 1, 'matt-halcome': 2 },
    range: { 'alex-sedgwick': [5, 7] },
    noBonus: ['alex-sedgwick', 'matt-halcome', 'chris-bellomo', 'mark-kvamme'],
  },
  {
    id: 'r08',
    sources: ['PTA-WGI', 'SDM-KV-WGI', 'DH-WGI24', 'MDK-EXIT24'],
    confirmed: [
      'Pro: Sedgwick won from pole (first win, his best lap put him on pole for race 8); Hartog second after a race-long fight',
      'A crash at turn 2 at the start took out eight cars',
      'Masters: Kvamme second, 1.680 s behind, 17th overall from 32nd on the grid (his last Carrera Cup race: MDK withdrew after Watkins Glen)',
    ],
    // Which eight cars the start crash took out is not published: unnamed entries stand in.
    place: {
      'alex-sedgwick': 1,
      'loek-hartog': 2,
      'mark-kvamme': 2,
      'matt-halcome': 1,
      'pro-entry-c': 'dnf',
      'pro-entry-d': 'dnf',
      'pro-am-entry-a': 'dnf',
      'pro-am-entry-c': 'dnf',
      'pro-am-entry-e': 'dnf',
      'pro-am-entry-f': 'dnf',
      'masters-entry-c': 'dnf',
      'masters-entry-d': 'dnf',
      'chris-bellomo': 4,
    },
    reasons: {
      'pro-entry-c': 'Crash at turn 2 at the start',
      'pro-entry-d': 'Crash at turn 2 at the start',
      'pro-am-entry-a': 'Crash at turn 2 at the start',
      'pro-am-entry-c': 'Crash at turn 2 at the start',
      'pro-am-entry-e': 'Crash at turn 2 at the start',
      'pro-am-entry-f': 'Crash at turn 2 at the start',
      'masters-entry-c': 'Crash at turn 2 at the start',
      'masters-entry-d': 'Crash at turn 2 at the start',
    },
    overall: { 'mark-kvamme': 17 },
    pole: { pro: 'alex-sedgwick', masters: 'mark-kvamme' },
    notes: [
      'Eight cars were out after a crash at turn 2 at the start (which cars is not published: unnamed entries stand in)',
    ],
    noBonus: ['matt-halcome', 'chris-bellomo', 'mark-kvamme'],
  },
  {
    id: 'r09',
    sources: ['ASR-RA', 'NR-IMS24'],
    confirmed: [
      'Pro: Hartog won (derived: his fifth win before Indianapolis, three in a row with race 11); Sedgwick second from 10th',
    ],
    place: {
      'loek-hartog': 1,
      'alex-sedgwick': 2,
      'matt-halcome': 5,
      'chris-bellomo': 2,
    },
    range: { 'chris-bellomo': [2, 9], 'matt-halcome': [2, 9] },
    fastestLap: { masters: 'chris-bellomo' },
    noBonus: ['matt-halcome', 'chris-bellomo'],
  },
  {
    id: 'r10',
    sources: ['ASR-RA', 'NR-IMS24', 'SWM-GMG-RA24W'],
    confirmed: [
      'Pro: Hartog won (derived); Sedgwick sixth',
      'Pro-Am: Sofronas won, passing the class polesitter Pedro Torres on the first lap and leading every lap',
    ],
    place: {
      'loek-hartog': 1,
      'alex-sedgwick': 6,
      'james-sofronas': 1,
      'chris-bellomo': 1,
      'matt-halcome': 2,
    },
    pole: { 'pro-am': 'pedro-torres', masters: 'chris-bellomo' },
    fastestLap: { masters: 'chris-bellomo' },
  },
  {
    id: 'r11',
    sources: ['NR-IMS24', 'SS-IMS24', 'PTA-IMS'],
    confirmed: [
      'Pro: Hartog won from pole with the fastest lap, by about 8.5 s (his sixth win, third in a row); Sedgwick second or third',
      'Pro-Am: Metni won; Masters: won by Scott Blind or Richard Edge (one race each at Indianapolis)',
    ],
    place: {
      'loek-hartog': 1,
      'alan-metni': 1,
      'scott-blind': 1,
      'matt-halcome': 2,
      'chris-bellomo': 3,
    },
    range: { 'alex-sedgwick': [2, 3] },
    pole: { pro: 'loek-hartog' },
    fastestLap: { pro: 'loek-hartog', masters: 'matt-halcome' },
    noBonus: ['matt-halcome', 'chris-bellomo'],
  },
  {
    id: 'r12',
    sources: ['NR-IMS24', 'PTA-IMS'],
    confirmed: [
      'Pro: Hartog won from pole with the fastest lap; Sedgwick second in one Indianapolis race and third in the other',
      'Pro-Am: Metni won; Masters: the other of Blind and Edge won',
    ],
    place: {
      'loek-hartog': 1,
      'alan-metni': 1,
      'richard-edge': 1,
      'matt-halcome': 3,
      'chris-bellomo': 2,
    },
    range: { 'alex-sedgwick': [2, 3] },
    pole: { pro: 'loek-hartog', masters: 'matt-halcome' },
    fastestLap: { pro: 'loek-hartog' },
    noBonus: ['matt-halcome', 'chris-bellomo'],
  },
  {
    id: 'r13',
    sources: ['SS-COTA24', 'SUD-VAN', 'ASR-RAT'],
    confirmed: [
      'Pro: Yardley and Vanier won one Road Atlanta race each; Sedgwick in the top four in both, from pole (1:20.998) in one',
    ],
    place: { 'ryan-yardley': 1, 'chris-bellomo': 1, 'matt-halcome': 3 },
    range: { 'alex-sedgwick': [2, 4] },
    pole: { pro: 'alex-sedgwick', masters: 'chris-bellomo' },
    fastestLap: { masters: 'matt-halcome' },
  },
  {
    id: 'r14',
    sources: ['SS-COTA24', 'SUD-VAN', 'ASR-RAT'],
    confirmed: ['Pro: Vanier won (the other Road Atlanta race); Sedgwick in the top four'],
    place: { 'zachary-vanier': 1, 'chris-bellomo': 1, 'matt-halcome': 5 },
    range: { 'alex-sedgwick': [2, 4] },
    pole: { masters: 'chris-bellomo' },
    fastestLap: { masters: 'chris-bellomo' },
  },
  {
    id: 'r15',
    sources: ['SS-COTA24', 'GMG-COTA24'],
    confirmed: [
      'Pro: Yardley won (probable), Hartog and Vanier chasing; races shortened to 35 minutes',
      'Masters: Washington second, his best finish of the year; only 12 green-flag laps, three cautions',
    ],
    place: {
      'ryan-yardley': 1,
      'chris-bellomo': 1,
      'kyle-washington': 2,
      'matt-halcome': 4,
    },
    range: { 'loek-hartog': [2, 3], 'zachary-vanier': [2, 3] },
    pole: { masters: 'chris-bellomo' },
    fastestLap: { masters: 'chris-bellomo' },
  },
  {
    id: 'r16',
    sources: ['SS-COTA24', 'ASR-COTA', 'SUD-VAN'],
    confirmed: [
      'Pro: Vanier won (probable); Sedgwick second from sixth on the grid',
      'Pro-Am: Castro spun and Metni took the title',
      'Masters: Scott Blind won; Bellomo second after a tangle at the last corner; Halcome gained one place, which tied the title',
    ],
    // Derived: Halcome led by 5 entering the race and the two ended level, Bellomo second and
    // Halcome third (up one place): Bellomo must have had 2 more bonus points, read as his pole.
    place: {
      'zachary-vanier': 1,
      'alex-sedgwick': 2,
      'scott-blind': 1,
      'chris-bellomo': 2,
      'matt-halcome': 3,
    },
    pole: { masters: 'chris-bellomo' },
    noBonus: ['matt-halcome', 'chris-bellomo'],
  },
]

export const ccna2024: SeasonFacts = {
  season: 2024,
  seed: 2024,
  classes: [
    { id: 'pro', name: 'Pro', color: '#f28c28' },
    { id: 'pro-am', name: 'Pro-Am', color: '#2e9e4f' },
    { id: 'masters', name: 'Masters', color: '#e8c21a' },
  ],
  teams: [
    { id: 'kellymoss', name: 'Kellymoss' },
    { id: 'mdk-motorsports', name: 'MDK Motorsports' },
    { id: 'jdx-racing', name: 'JDX Racing' },
    { id: 'aci-motorsports', name: 'ACI Motorsports' },
    { id: 'topp-racing', name: 'Topp Racing' },
    { id: 'baby-bull-racing', name: 'Baby Bull Racing' },
    { id: 'nolasport', name: 'NOLASPORT' },
    { id: 'gmg-racing', name: 'GMG Racing' },
    { id: 'mccann-racing', name: 'McCann Racing' },
    { id: 'momentop-fms-rgb', name: 'Momentop FMS Motorsport x RGB Racing' },
    { id: 'team-car-88', name: 'Entrant of cars #88 and #27 (name not published)' },
    { id: 'team-car-85', name: 'Entrant of car #85 at Sebring (name not published)' },
    {
      id: 'team-cars-37-64',
      name: 'Entrant of cars #37 and #64 in the second half (name not published)',
    },
    { id: 'team-car-59', name: 'Entrant of car #59 (name not published)' },
    { id: 'team-car-91', name: 'Entrant of Pro-Am car #91 (name not published)' },
    { id: 'team-car-11', name: 'Entrant of car #11 (name not published)' },
    { id: 'team-car-74', name: 'Entrant of car #74 (name not published)' },
    { id: 'team-car-66', name: 'Entrant of car #66 (name not published)' },
    { id: 'team-torres', name: "Pedro Torres's entrant (name not published)" },
    { id: 'team-car-16', name: 'Entrant of cars #16 and #58 (name not published)' },
    { id: 'team-car-36', name: "Scott Blind's entrant (name not published)" },
    { id: 'team-car-46', name: "Richard Edge's entrant (name not published)" },
    { id: 'team-car-48', name: 'Entrant of car #48 (name not published)' },
    { id: 'team-car-61', name: 'Entrant of car #61 (name not published)' },
  ],
  rounds: [
    {
      round: 1,
      name: 'Sebring',
      circuit: 'Sebring International Raceway',
      races: [
        { id: 'r01', date: '2024-03-14' },
        { id: 'r02', date: '2024-03-15' },
      ],
      sources: ['SDM-SEB24', 'SWM-JDX24'],
    },
    {
      round: 2,
      name: 'Miami',
      circuit: 'Miami International Autodrome',
      races: [
        { id: 'r03', date: '2024-05-04' },
        { id: 'r04', date: '2024-05-05' },
      ],
      field: { pro: 17, 'pro-am': 13, masters: 8 },
      sources: ['PCNA-MIA24', 'SWM-JDX24'],
    },
    {
      round: 3,
      name: 'Montreal',
      circuit: 'Circuit Gilles Villeneuve',
      races: [
        { id: 'r05', date: '2024-06-08' },
        { id: 'r06', date: '2024-06-09' },
      ],
      sources: ['DH-MTL'],
    },
    {
      round: 4,
      name: 'Watkins Glen',
      circuit: 'Watkins Glen International',
      races: [
        { id: 'r07', date: '2024-06-21' },
        { id: 'r08', date: '2024-06-22' },
      ],
      field: { pro: 15, 'pro-am': 11, masters: 9 },
      sources: ['DH-WGI24'],
    },
    {
      round: 5,
      name: 'Road America',
      circuit: 'Road America',
      races: [
        { id: 'r09', date: '2024-08-03' },
        { id: 'r10', date: '2024-08-04' },
      ],
      sources: ['W24', 'ASR-RA'],
    },
    {
      round: 6,
      name: 'Indianapolis',
      circuit: 'Indianapolis Motor Speedway road course',
      races: [
        { id: 'r11', date: '2024-09-20' },
        { id: 'r12', date: '2024-09-21' },
      ],
      field: { pro: 15, 'pro-am': 9, masters: 6 },
      sources: ['PCC-IMS24', 'NR-IMS24'],
    },
    {
      round: 7,
      name: 'Road Atlanta',
      circuit: 'Michelin Raceway Road Atlanta',
      races: [
        { id: 'r13', date: '2024-10-10' },
        { id: 'r14', date: '2024-10-11' },
      ],
      sources: ['NR-IMS24'],
    },
    {
      round: 8,
      name: 'Circuit of the Americas',
      circuit: 'Circuit of the Americas',
      races: [
        { id: 'r15', date: '2024-10-19' },
        { id: 'r16', date: '2024-10-20' },
      ],
      field: { pro: 16, 'pro-am': 9, masters: 11 },
      sources: ['DH-COTA24'],
    },
  ],
  scoring: CCNA_SCORING,
  championships: [
    { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] },
    { id: 'pro-am', name: 'Pro-Am', kind: 'drivers', classes: ['pro-am'] },
    { id: 'masters', name: 'Masters', kind: 'drivers', classes: ['masters'] },
    { id: 'junior', name: 'Junior', kind: 'drivers', classes: ['pro'], tags: ['junior'] },
    { id: 'teams', name: 'Entrants', kind: 'teams', method: 'rank' },
  ],
  entrants,
  races,
  readings: {
    31: { use: 'assert' },
    32: { use: 'assert' },
    33: { use: 'assert' },
    34: { use: 'assert' },
    35: { use: 'assert' },
    36: { use: 'assert' },
    37: { use: 'assert' },
    38: { use: 'assert' },
    39: { use: 'assert' },
    40: { use: 'assert' },
    41: { use: 'assert' },
    42: { use: 'assert' },
    43: { use: 'assert' },
    44: { use: 'assert' },
    45: { use: 'assert' },
    46: { use: 'assert' },
    47: { use: 'assert' },
    48: {
      use: 'assert',
      note: 'Hartog leads after Indianapolis: holds. The "52 points" he took there is read as 56 (two wins with pole and fastest lap).',
    },
    49: { use: 'assert' },
    50: { use: 'assert' },
    51: { use: 'assert' },
    52: { use: 'assert' },
    53: {
      use: 'assert',
      values: { gap: 5 },
      note: 'Read as the gap after race 15, entering the final race.',
    },
    54: { use: 'assert' },
    55: { use: 'assert' },
    56: { use: 'assert' },
    57: { use: 'assert' },
    58: { use: 'assert' },
    59: {
      use: 'assert',
      note: 'Tie and countback on second places (5 to 4) hold; "both 8 wins" cannot, see the data README.',
    },
  },
  published: [
    {
      afterRace: 2,
      championship: 'Pro-Am',
      statement: 'Cirone leads Pro-Am after Sebring, 40 to Sofronas 33',
      values: { 'Marco Cirone': 1 },
      source:
        'https://newsroom.porsche.com/en_US/2024/motorsport/Porsche-Carrera-Cup-North-America-Formula-1-Crypto-Miami-Grand-Prix-36051.html',
      valueType: 'position',
    },
    {
      afterRace: 16,
      championship: 'Pro-Am',
      statement: 'Castro second in Pro-Am, 12 points behind Metni',
      values: { 'Efrin Castro': 2 },
      source:
        'https://speedsport.com/sports-cars/other-sports-cars/carrera-cup-north-america-completes-season-at-cota-crowns-champs',
      valueType: 'position',
    },
    {
      afterRace: 16,
      championship: 'Pro',
      statement: 'Hartog won the title with 7 wins',
      values: { 'Loek Hartog': 7 },
      source:
        'https://pnr-prd2-pub2.newsroom.porsche.com/en_US/2025/motorsport/porsche-driver-loek-hartog-le-mans-nurburgring-spa-39751.html',
      valueType: 'wins',
    },
    {
      afterRace: 16,
      championship: 'Pro',
      statement: 'Hartog won the title with 8 poles',
      values: { 'Loek Hartog': 8 },
      source:
        'https://pnr-prd2-pub2.newsroom.porsche.com/en_US/2025/motorsport/porsche-driver-loek-hartog-le-mans-nurburgring-spa-39751.html',
      valueType: 'poles',
    },
    {
      afterRace: 16,
      championship: 'Pro',
      statement: 'Hartog won the title by more than 100 points',
      values: { 'Loek Hartog': 0, 'Ryan Yardley': '>=101' },
      source:
        'https://pnr-prd2-pub2.newsroom.porsche.com/en_US/2025/motorsport/porsche-driver-loek-hartog-le-mans-nurburgring-spa-39751.html',
      valueType: 'gapToLeader',
    },
  ],
}
