import type { ImpactPlan } from '../../core/soimpact/plan.js';

/**
 * Boost Refugee in nynorsk: the same indicators, types and final results as the handbook
 * prints them (000:2609-2652), in our nynorsk wording; see boost-refugee.nb.ts.
 */
const plan: ImpactPlan = {
  format: 'soimpact-plan@2',
  id: 'boost-refugee',
  title: 'Boost Refugee',
  locale: 'nn',
  organisation: 'Oslo kommune, Lundin Foundation og SoCentral',
  period: { from: '2016-11-01', to: '2017-08-31' },
  illustrative: false,
  source:
    'Indikatorar og sluttresultat slik dei er trykte i «La oss gjøre det sammen!», figur 8 (000:2609-2652). Anna tekst byggjer på «Veier til samarbeid» (003:1147-1165).',
  problem:
    'Vegen inn i arbeidslivet er lang for mange nykomne flyktningar i Oslo. Dei manglar ofte dokumenterte kvalifikasjonar og eit nettverk blant arbeidsgivarar. (Vår rekonstruksjon ut frå kjeldene.)',
  goals:
    'Styrkje sosiale entreprenørar som arbeider med å få nykomne flyktningar ut i arbeid, og gjere vegen inn i arbeidslivet enklare for flyktningane.',
  targetGroups:
    'Nykomne flyktningar i Oslo, og samfunnsentreprenørane i programmet som arbeider med dei. Arbeidsgivarar er ein viktig part.',
  activities:
    'Eit inkubatorprogram for samfunnsentreprenørar, gjennomført frå november 2016 til august 2017. Entreprenørane gir flyktningar assistanse, dokumenterer kvalifikasjonar, byggjer nettverk og bringar dei i dialog med arbeidsgivarar.',
  theoryOfChange:
    'Når flyktningar får dokumenterte kvalifikasjonar og nettverk, og kjem i dialog med arbeidsgivarar, får fleire intervju, jobbtilbod og arbeidskontraktar. Over tid gir det varig tilknyting til arbeidslivet. (Vår rekonstruksjon ut frå kjeldene.)',
  inputs:
    'Programmet, finansiert og drive i samarbeid mellom Oslo kommune, Lundin Foundation og SoCentral, og den innsatsen entreprenørane sjølve gjer.',
  measurementPlan:
    'Felles måleindikatorar for programmet som heilskap og for kvar entreprenør, og i tillegg eigne indikatorar for kvar entreprenør. Målingane blir følgde opp kvar månad, slik at programmet kan tilpassast undervegs. Oslo kommune vil gjennomføre eigne målingar for å samanlikne med andre integreringstiltak.',
  societalValue: {
    text: 'Kjeldene talfestar ingen samfunnsverdi for Boost Refugee. Samanhengen mellom varig arbeid og betre levekår må grunngivast med forsking, ikkje målast i programmet.',
    references: [],
  },
  indicators: [
    {
      id: 'assisted',
      name: 'Talet på flyktningar som har fått assistanse',
      level: 'output',
      unit: 'count',
      targetGroup: 'Nykomne flyktningar i Oslo',
      frequency: 'Kvar månad',
      measurements: [{ date: '2017-08-31', value: 534, note: 'Sluttresultat' }],
    },
    {
      id: 'qualifications-network',
      name: 'Talet på flyktningar som har fått dokumenterte kvalifikasjonar og/eller nettverk',
      level: 'output',
      unit: 'count',
      targetGroup: 'Nykomne flyktningar i Oslo',
      frequency: 'Kvar månad',
      measurements: [{ date: '2017-08-31', value: 349, note: 'Sluttresultat' }],
    },
    {
      id: 'interviews',
      name: 'Talet på intervju',
      group: 'Talet på flyktningar som har kome i dialog med arbeidsgivarar',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nykomne flyktningar i Oslo',
      frequency: 'Kvar månad',
      measurements: [{ date: '2017-08-31', value: 212, note: 'Sluttresultat' }],
    },
    {
      id: 'job-offers',
      name: 'Talet på jobbtilbod',
      group: 'Talet på flyktningar som har kome i dialog med arbeidsgivarar',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nykomne flyktningar i Oslo',
      frequency: 'Kvar månad',
      measurements: [{ date: '2017-08-31', value: 46, note: 'Sluttresultat' }],
    },
    {
      id: 'contracts-signed',
      name: 'Talet på signerte arbeidskontraktar',
      group: 'Talet på flyktningar som har kome i dialog med arbeidsgivarar',
      description:
        'Gjengitt slik det er trykt: handboka oppgir fleire signerte kontraktar (48) enn jobbtilbod (46). Truleg er dei talde ulikt, til dømes kontraktar utan eit formelt tilbod først.',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nykomne flyktningar i Oslo',
      frequency: 'Kvar månad',
      measurements: [{ date: '2017-08-31', value: 48, note: 'Sluttresultat' }],
    },
    {
      id: 'employed-3-years',
      name: 'Delen flyktningar som har fått assistanse og har vore i eit arbeidsforhold i minst 3 månader, 3 år etter at dei kom til Oslo',
      level: 'impact',
      unit: 'share',
      targetGroup: 'Flyktningar som har fått assistanse',
      frequency: '3 år etter at dei kom',
      measurements: [],
    },
  ],
  evaluations: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export default plan;
