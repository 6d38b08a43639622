import type { ImpactPlan } from '../../core/soimpact/plan.js';

/**
 * Boost Refugee in Danish. Indicators, types and final results exactly as the Norwegian
 * handbook prints them (000:2609-2652); see boost-refugee.nb.ts.
 */
const plan: ImpactPlan = {
  format: 'soimpact-plan@2',
  id: 'boost-refugee',
  title: 'Boost Refugee',
  locale: 'da',
  organisation: 'Oslo Kommune, Lundin Foundation og SoCentral',
  period: { from: '2016-11-01', to: '2017-08-31' },
  illustrative: false,
  source:
    'Indikatorer og slutresultater som gengivet i den norske håndbog «La oss gjøre det sammen!», figur 8 (000:2609-2652). Den øvrige tekst bygger på «Veier til samarbeid» (003:1147-1165).',
  problem:
    'For mange nyankomne flygtninge i Oslo er vejen ind på arbejdsmarkedet lang. De mangler ofte dokumenterede kvalifikationer og et netværk blandt arbejdsgivere. (Vores rekonstruktion ud fra kilderne.)',
  goals:
    'At styrke sociale iværksættere, der arbejder for at få nyankomne flygtninge i job, og at gøre vejen ind på arbejdsmarkedet lettere for flygtningene.',
  targetGroups:
    'Nyankomne flygtninge i Oslo og de sociale iværksættere i programmet, der arbejder med dem. Arbejdsgiverne er en vigtig part.',
  activities:
    'Et inkubatorprogram for sociale iværksættere, gennemført fra november 2016 til august 2017. Iværksætterne giver flygtninge assistance, dokumenterer deres kvalifikationer, opbygger netværk og bringer dem i dialog med arbejdsgivere.',
  theoryOfChange:
    'Når flygtninge får dokumenterede kvalifikationer og netværk og kommer i dialog med arbejdsgivere, får flere jobsamtaler, jobtilbud og ansættelseskontrakter. Med tiden giver det en varig tilknytning til arbejdsmarkedet. (Vores rekonstruktion ud fra kilderne.)',
  inputs:
    'Programmet, finansieret og drevet i samarbejde mellem Oslo Kommune, Lundin Foundation og SoCentral, og iværksætternes egen indsats.',
  measurementPlan:
    'Fælles indikatorer for programmet som helhed og for hver iværksætter, og derudover hver iværksætters egne indikatorer. Målingerne følges op hver måned, så programmet kan tilpasses undervejs. Oslo Kommune vil foretage egne målinger for at sammenligne med andre integrationsindsatser.',
  societalValue: {
    text: 'Kilderne sætter ikke tal på samfundsværdien af Boost Refugee. Sammenhængen mellem varig beskæftigelse og bedre levevilkår må begrundes med forskning, ikke måles i programmet.',
    references: [],
  },
  indicators: [
    {
      id: 'assisted',
      name: 'Antal flygtninge, der har modtaget assistance',
      level: 'output',
      unit: 'count',
      targetGroup: 'Nyankomne flygtninge i Oslo',
      frequency: 'Månedligt',
      measurements: [{ date: '2017-08-31', value: 534, note: 'Slutresultat' }],
    },
    {
      id: 'qualifications-network',
      name: 'Antal flygtninge, der har fået dokumenterede kvalifikationer og/eller netværk',
      level: 'output',
      unit: 'count',
      targetGroup: 'Nyankomne flygtninge i Oslo',
      frequency: 'Månedligt',
      measurements: [{ date: '2017-08-31', value: 349, note: 'Slutresultat' }],
    },
    {
      id: 'interviews',
      name: 'Antal jobsamtaler',
      group: 'Antal flygtninge, der er kommet i dialog med arbejdsgivere',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nyankomne flygtninge i Oslo',
      frequency: 'Månedligt',
      measurements: [{ date: '2017-08-31', value: 212, note: 'Slutresultat' }],
    },
    {
      id: 'job-offers',
      name: 'Antal jobtilbud',
      group: 'Antal flygtninge, der er kommet i dialog med arbejdsgivere',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nyankomne flygtninge i Oslo',
      frequency: 'Månedligt',
      measurements: [{ date: '2017-08-31', value: 46, note: 'Slutresultat' }],
    },
    {
      id: 'contracts-signed',
      name: 'Antal underskrevne ansættelseskontrakter',
      group: 'Antal flygtninge, der er kommet i dialog med arbejdsgivere',
      description:
        'Gengivet som trykt: håndbogen angiver flere underskrevne kontrakter (48) end jobtilbud (46). Formentlig er de talt forskelligt, fx kontrakter uden et formelt tilbud forud.',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Nyankomne flygtninge i Oslo',
      frequency: 'Månedligt',
      measurements: [{ date: '2017-08-31', value: 48, note: 'Slutresultat' }],
    },
    {
      id: 'employed-3-years',
      name: 'Andel flygtninge, der har modtaget assistance og har været i beskæftigelse i mindst 3 måneder, 3 år efter at de kom til Oslo',
      level: 'impact',
      unit: 'share',
      targetGroup: 'Flygtninge, der har modtaget assistance',
      frequency: '3 år efter ankomst',
      measurements: [],
    },
  ],
  evaluations: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export default plan;
