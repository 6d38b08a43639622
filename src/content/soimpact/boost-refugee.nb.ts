import type { ImpactPlan } from '../../core/soimpact/plan.js';

/**
 * Boost Refugee, the one worked SoImpact example in the documents. Indicators, their type
 * and final results exactly as the handbook prints them (000:2609-2652), including 48
 * signed contracts against 46 job offers and the impact indicator that was not measured
 * yet. The handbook prints no baselines or targets, so there are none here. The final
 * results are dated at the programme's end (August 2017). Other text: 003:1147-1165.
 */
const plan: ImpactPlan = {
  format: 'soimpact-plan@2',
  id: 'boost-refugee',
  title: 'Boost Refugee',
  locale: 'nb',
  organisation: 'Oslo kommune, Lundin Foundation og SoCentral',
  period: { from: '2016-11-01', to: '2017-08-31' },
  illustrative: false,
  source:
    'Indikatorer og sluttresultater som trykt i «La oss gjøre det sammen!», figur 8 (000:2609-2652). Øvrig tekst bygger på «Veier til samarbeid» (003:1147-1165).',
  problem:
    'Veien inn i arbeidslivet er lang for mange nyankomne flyktninger i Oslo. De mangler ofte dokumenterte kvalifikasjoner og et nettverk blant arbeidsgivere. (Vår rekonstruksjon ut fra kildene.)',
  goals:
    'Styrke sosiale entreprenører som jobber med å få nyankomne flyktninger ut i arbeid, og gjøre veien inn i arbeidslivet enklere for flyktningene.',
  targetGroups:
    'Nyankomne flyktninger i Oslo, og samfunnsentreprenørene i programmet som arbeider med dem. Arbeidsgivere er en viktig part.',
  activities:
    'Et inkubatorprogram for samfunnsentreprenører, gjennomført fra november 2016 til august 2017. Entreprenørene gir flyktninger assistanse, dokumenterer kvalifikasjoner, bygger nettverk og bringer dem i dialog med arbeidsgivere.',
  theoryOfChange:
    'Når flyktninger får dokumenterte kvalifikasjoner og nettverk, og kommer i dialog med arbeidsgivere, får flere intervjuer, jobbtilbud og arbeidskontrakter. Over tid gir det varig tilknytning til arbeidslivet. (Vår rekonstruksjon ut fra kildene.)',
  inputs:
    'Programmet, finansiert og drevet i samarbeid mellom Oslo kommune, Lundin Foundation og SoCentral, og entreprenørenes egen innsats.',
  measurementPlan:
    'Felles måleindikatorer for programmet som helhet og for hver entreprenør, og i tillegg hver entreprenørs egne indikatorer. Målingene følges opp månedlig, slik at programmet kan tilpasses underveis. Oslo kommune vil gjennomføre egne målinger for å sammenligne med andre integreringstiltak.',
  societalValue: {
    text: 'Kildene tallfester ingen samfunnsverdi for Boost Refugee. Sammenhengen mellom varig arbeid og bedre levekår må begrunnes med forskning, ikke måles i programmet.',
    references: [],
  },
  indicators: [
    {
      id: 'assisted',
      name: 'Antall flyktninger som har mottatt assistanse',
      level: 'output',
      unit: 'count',
      targetGroup: 'Nyankomne flyktninger i Oslo',
      frequency: 'Månedlig',
      measurements: [{ date: '2017-08-31', value: 534, note: 'Sluttresultat' }],
    },
    {
      id: 'qualifications-network',
      name: 'Antall flyktninger som har fått tilført dokumenterte kvalifikasjoner og/eller nettverk',
      level: 'output',
      unit: 'count',
      targetGroup: 'Nyankomne flyktninger i Oslo',
      frequency: 'Månedlig',
      measurements: [{ date: '2017-08-31', value: 349, note: 'Sluttresultat' }],
    },
    {
      id: 'interviews',
      name: 'Antall intervjuer',
      group: 'Antall flyktninger som har kommet i dialog med arbeidsgivere',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nyankomne flyktninger i Oslo',
      frequency: 'Månedlig',
      measurements: [{ date: '2017-08-31', value: 212, note: 'Sluttresultat' }],
    },
    {
      id: 'job-offers',
      name: 'Antall jobbtilbud',
      group: 'Antall flyktninger som har kommet i dialog med arbeidsgivere',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nyankomne flyktninger i Oslo',
      frequency: 'Månedlig',
      measurements: [{ date: '2017-08-31', value: 46, note: 'Sluttresultat' }],
    },
    {
      id: 'contracts-signed',
      name: 'Antall signerte arbeidskontrakter',
      group: 'Antall flyktninger som har kommet i dialog med arbeidsgivere',
      description:
        'Gjengitt som trykt: håndboka oppgir flere signerte kontrakter (48) enn jobbtilbud (46). Trolig er de talt ulikt, for eksempel kontrakter uten et formelt tilbud først.',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nyankomne flyktninger i Oslo',
      frequency: 'Månedlig',
      measurements: [{ date: '2017-08-31', value: 48, note: 'Sluttresultat' }],
    },
    {
      id: 'employed-3-years',
      name: 'Andel flyktninger som har mottatt assistanse og har vært i et arbeidsforhold i minst 3 måneder, 3 år etter at de ankom Oslo',
      level: 'impact',
      unit: 'share',
      targetGroup: 'Flyktninger som har mottatt assistanse',
      frequency: '3 år etter ankomst',
      measurements: [],
    },
  ],
  evaluations: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export default plan;
