/**
 * Every source the Carrera Cup facts cite, by the short key used in data-src/ccna-*.ts. The
 * keys and URLs are those of the project's research notes (ccna-facts.md, copied facts).
 */
export const sources: Readonly<Record<string, string>> = {
  W23: 'https://en.wikipedia.org/wiki/2023_Porsche_Carrera_Cup_North_America',
  W24: 'https://en.wikipedia.org/wiki/2024_Porsche_Carrera_Cup_North_America',
  DH21: 'http://darkhorseautosport.com/2021/04/12/untitled-112/',
  R0221:
    'https://racer.com/2023/02/08/porsche-carrera-cup-north-america-announces-schedule-new-title-sponsor/',
  IMSA0314:
    'https://www.imsa.com/news/2023/03/14/porsche-carrera-cup-north-america-opens-third-season-at-sebring/',
  'SC365-SEBQ':
    'https://sportscar365.com/imsa/porsche-carrera-cup-na/dickinson-claims-pole-for-race-1-at-sebring/',
  'LEG-SEB': 'https://legistics.net/news/from-the-jaws-of-defeat',
  R0416:
    'https://racer.com/2023/04/16/dickinson-continues-win-streak-in-porsche-carrera-cup-north-america-race-1-at-long-beach/',
  R0417:
    'https://racer.com/2023/04/17/martin-earns-first-win-in-porsche-deluxe-carrera-north-america/',
  SPC0417:
    'https://www.speedcafe.com/2023/04/17/sargent-scores-carrera-cup-north-america-podiums/?utm_source=rss&utm_medium=rss&utm_campaign=sargent-scores-carrera-cup-north-america-podiums',
  'PELLE-LB': 'https://pellemotorsport.com/?p=21469',
  'RN-LB': 'https://reisnicholsmotorsports.com/blogs/team-news/long-beach-2023',
  R0503: 'https://racer.com/2023/05/03/porsche-carrera-cup-na-set-for-miami-gp/',
  SPC0508:
    'https://www.speedcafe.com/2023/05/08/another-second-for-sargent/?utm_source=rss&utm_medium=rss&utm_campaign=another-second-for-sargent',
  'PELLE-MIA': 'https://pellemotorsport.com/?p=22796',
  'DEM-MIA': 'https://demaras.com/2023/05/24/r2endalz-triumph-in-the-tropics/',
  R0621:
    'https://racer.com/2023/06/21/porsche-deluxe-carrera-cup-north-america-returns-for-watkins-glen/',
  R0623:
    'https://racer.com/2023/06/23/a-slew-of-first-time-winners-sweep-carrera-cup-race-1-at-the-glen/',
  SWM0625: 'https://speedwaymedia.com/2023/06/25/winning-weekend-for-racing-to-end-alzheimers/',
  'LEG-WGI': 'https://legistics.net/news/unshakeable-upstate',
  STF0621:
    'https://sportstalkflorida.com/featured/porsche-carrera-cup-north-america-is-back-at-watkins-glenn-this-week/',
  R0726: 'https://racer.com/2023/07/26/carrera-cup-heads-for-road-america/',
  R0729:
    'https://racer.com/2023/07/29/kellymoss-comes-away-with-total-sweep-of-carrera-cup-weekend-at-road-america/',
  RPW0801:
    'https://newswire.raceproweekly.news/2023/08/01/mark-kvamme-finishes-second-in-both-porsche-cup-races-at-road-america',
  'LEG-RA': 'https://legistics.net/news/keeping-pace-in-wisconsin',
  R0914: 'https://racer.com/2023/09/14/porsche-carrera-cup-n-a-returns-to-the-brickyard/',
  R0916: 'https://racer.com/2023/09/16/dickenson-continues-carrera-cup-domination-at-ims/',
  'FEEDS-IMS':
    'https://feeds.usatodaysports.com/dickinson-secures-porsche-deluxe-carrera-cup-title-with-double-victory-at-ims',
  'LEG-IMS': 'https://legistics.net/news/a-rite-of-passage',
  SPC1002:
    'https://www.speedcafe.com/2023/10/02/sargent-becomes-first-aussie-to-win-in-carrera-cup-north-america/',
  AA1002: 'https://autoaction.com.au/2023/10/02/sargent-scores-breakthrough-american-success',
  'FEEDS-RR':
    'https://feeds.usatodaysports.com/premier-onemake-series-headlines-worlds-largest-porsche-gathering',
  'LEG-LS': 'https://legistics.net/news/familiar-place-uncharted-territory',
  'R2E-COTA': 'https://www.r2endalz.org/texas-barnburner/',
  'YAHOO-COTA': 'https://autos.yahoo.com/dickinson-doubles-down-lone-star-200218627.html',
  'PCC-COTA23': 'https://porschecarreracup.us/dickinson-completes-texas-two-step/',
  'RN-COTA23':
    'https://reisnicholsmotorsports.com/blogs/team-news/circuit-of-the-americas-race-results-commentary',
  'PCC-NUM23': 'https://porschecarreracup.us/carrera-cup-2023-by-the-numbers/',
  'SDM-SEB24':
    'http://sundaymanagement.com/index.php/2024/03/18/mixed-results-for-racing-to-end-alzheimers-at-sebring/',
  'SWM-JDX24':
    'https://speedwaymedia.com/2024/05/03/jdx-racings-four-car-porsche-carrera-cup-north-america-program-ready-for-miami-grand-prix-doubleheader/',
  'PS-VAN':
    'https://porschesport.com/news/jdx-racings-zach-vanier-takes-first-porsche-carrera-cup-win-at-miami-grand-prix-to-lead-strong-team-effort',
  'SDM-SED-MIA':
    'https://sundaymanagement.com/index.php/2024/05/07/podium-finish-for-sedgwick-and-pt-autosport-at-miami/',
  'SDM-KV-MIA':
    'http://sundaymanagement.com/index.php/2024/05/08/racing-to-end-alzheimers-repeats-with-winning-sweep-of-miami-doubleheader/',
  'RN-MIA24': 'https://reisnicholsmotorsports.com/blogs/team-news/miami',
  'PCC-BULL': 'https://porschecarreracup.us/the-baby-bulls-are-on-the-charge/',
  'DH-MTL': 'http://darkhorseautosport.com/2024/06/09/untitled-227/',
  'SWM-MTL':
    'https://speedwaymedia.com/2024/06/12/racing-to-end-alzheimers-unable-to-demonstrate-potential-in-drenched-montreal-weekend',
  'DH-WGI24': 'http://104.131.76.211/2024/06/23/untitled-228',
  'PTA-WGI':
    'https://ptautosport.com/news/sedgwick-and-pt-autosport-capture-first-carrera-cup-victory',
  'SDM-KV-WGI':
    'https://sundaymanagement.com/index.php/2024/06/25/kvamme-avoids-incidents-races-to-finish-second-in-watkins-glen-finale',
  'ASR-RA': 'https://alexsedgwickracing.com/post/podium-finish-for-alex-at-road-america',
  'PCC-IMS24': 'https://porschecarreracup.us/carrera-cup-heads-to-the-brickyard/',
  'NR-IMS24':
    'https://newsroom.porsche.com/en_US/2024/motorsport/Hartog-sweeps-the-Brickyard-Porsche-Carrera-Cup-North-America-weekend-37384.html',
  'SS-IMS24':
    'https://www.speedsport.com/sports-cars/other-sports-cars/hartog-sweeps-brickyard-porsche-carrera-cup-races/',
  'PTA-IMS':
    'https://ptautosport.com/news/second-straight-double-podium-at-indy-for-sedgwick-and-pt-autosport',
  'ASR-RAT':
    'https://www.alexsedgwickracing.com/post/a-pair-of-top-4-finishes-at-road-atlanta-for-alex',
  'DH-COTA24': 'http://104.131.76.211/2024/10/15/untitled-240/amp',
  'SS-COTA24':
    'https://speedsport.com/sports-cars/other-sports-cars/carrera-cup-north-america-completes-season-at-cota-crowns-champs',
  'ASR-COTA':
    'https://www.alexsedgwickracing.com/post/stellar-drive-from-alex-to-close-carrera-cup-season',
  'SUD-VAN': 'https://sudburysports.com/article.php?articleId=12547',
  'NR-HARTOG25':
    'https://pnr-prd2-pub2.newsroom.porsche.com/en_US/2025/motorsport/porsche-driver-loek-hartog-le-mans-nurburgring-spa-39751.html',
  'PCNA-MIA24':
    'https://newsroom.porsche.com/en_US/2024/motorsport/Porsche-Carrera-Cup-North-America-Formula-1-Crypto-Miami-Grand-Prix-36051.html',
  WIKIMILI24: 'https://wikimili.com/en/2024_Porsche_Carrera_Cup_North_America',
  'QA-MIRROR': 'https://qa.edu.vn/en/Porsche_Carrera_Cup_North_America',
  'R-JUNIORS23':
    'https://racer.com/2023/05/03/porsche-motorsport-north-america-grows-its-junior-program-names-2023-drivers/',
  'PCC-PMNA': 'https://porschecarreracup.us/author/pmna/',
  // GMG Racing's own race reports (the team's press releases, also on speedwaymedia.com).
  'SWM-GMG-IMS23':
    'https://speedwaymedia.com/2023/09/19/gmg-racing-scores-two-carrera-cup-podiums-strong-imsa-pilot-challenge-run-at-indianapolis-motor-speedway/',
  'SWM-GMG-REV23':
    'https://speedwaymedia.com/2023/12/15/gmg-racing-2023-in-review-a-parade-of-podium-finishes-and-a-storybook-finish-to-close-the-year-with-a-pair-of-comeback-victories/',
  'SWM-GMG-SEB24':
    'https://speedwaymedia.com/2024/03/15/gmg-racings-james-sofronas-secures-third-straight-imsa-porsche-gt3-cup-victory-in-season-opening-race-at-sebring/',
  'GMG-MIA24': 'https://gmgracing.com/gmg-racing-targets-florida-double-at-miami-sebring/',
  'SWM-GMG-MTL24':
    'https://speedwaymedia.com/2024/06/06/gmg-racing-brings-three-imsa-porsche-carrera-cup-entries-north-of-the-border-to-montreal-for-f1-weekend-doubleheader/',
  'SWM-GMG-RA24':
    'https://speedwaymedia.com/2024/07/31/gmg-racing-brings-an-imsa-porsche-carrera-cup-entry-in-every-class-to-road-america/',
  'SWM-GMG-RA24W':
    'https://speedwaymedia.com/2024/08/05/james-sofronas-and-gmg-racing-score-third-porsche-carrera-cup-victory-of-the-season-sunday-at-road-america/',
  'SWM-GMG-SPC24':
    'https://speedwaymedia.com/2024/08/10/gmg-racing-runs-kyle-washington-and-patrick-mulcahy-in-porsche-sprint-challenge-dual-series-weekend-at-road-america/',
  'GMG-COTA24': 'http://gmgracing.com/category/racing',
  'GMG-MIA25':
    'https://gmgracing.com/james-sofronas-completes-carrera-cup-f1-track-sweep-with-victory-at-miami-grand-prix',
  'MDK-EXIT24': 'https://mdkmoto.paulryan.media/2024/07/10/mdk-ends-participation-in-carrera-cup',
}
