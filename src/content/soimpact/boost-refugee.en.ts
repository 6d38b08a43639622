import type { ImpactPlan } from '../../core/soimpact/plan.js';

/**
 * Boost Refugee in English. Indicators, types and final results exactly as the Norwegian
 * handbook prints them (000:2609-2652); see boost-refugee.nb.ts.
 */
const plan: ImpactPlan = {
  format: 'soimpact-plan@2',
  id: 'boost-refugee',
  title: 'Boost Refugee',
  locale: 'en',
  organisation: 'City of Oslo, Lundin Foundation and SoCentral',
  period: { from: '2016-11-01', to: '2017-08-31' },
  illustrative: false,
  source:
    'Indicators and final results as printed in the Norwegian handbook «La oss gjøre det sammen!», figure 8 (000:2609-2652). The other text draws on «Veier til samarbeid» (003:1147-1165).',
  problem:
    'For many newly arrived refugees in Oslo the road into work is long. They often lack documented qualifications and a network among employers. (Our reconstruction from the sources.)',
  goals:
    'To strengthen social entrepreneurs who help newly arrived refugees into work, and to make the road into working life easier for the refugees.',
  targetGroups:
    'Newly arrived refugees in Oslo, and the social entrepreneurs in the programme who work with them. Employers are a key party.',
  activities:
    'An incubator programme for social entrepreneurs, run from November 2016 to August 2017. The entrepreneurs assist refugees, document their qualifications, build networks and bring them into contact with employers.',
  theoryOfChange:
    'When refugees gain documented qualifications and a network, and get talking to employers, more of them get interviews, job offers and employment contracts. Over time this leads to a lasting foothold in work. (Our reconstruction from the sources.)',
  inputs:
    'The programme, funded and run jointly by the City of Oslo, Lundin Foundation and SoCentral, and the entrepreneurs’ own work.',
  measurementPlan:
    'Shared indicators for the programme as a whole and for each entrepreneur, plus each entrepreneur’s own indicators. Results are followed up monthly so that the programme can be adjusted as it goes. The City of Oslo will run its own measurements to compare the programme with other integration measures.',
  societalValue: {
    text: 'The sources put no figure on the societal value of Boost Refugee. The link between lasting employment and better living conditions has to be argued from research, not measured by the programme.',
    references: [],
  },
  indicators: [
    {
      id: 'assisted',
      name: 'Number of refugees who have received assistance',
      level: 'output',
      unit: 'count',
      targetGroup: 'Newly arrived refugees in Oslo',
      frequency: 'Monthly',
      measurements: [{ date: '2017-08-31', value: 534, note: 'Final result' }],
    },
    {
      id: 'qualifications-network',
      name: 'Number of refugees who have gained documented qualifications and/or a network',
      level: 'output',
      unit: 'count',
      targetGroup: 'Newly arrived refugees in Oslo',
      frequency: 'Monthly',
      measurements: [{ date: '2017-08-31', value: 349, note: 'Final result' }],
    },
    {
      id: 'interviews',
      name: 'Number of interviews',
      group: 'Number of refugees who have been in contact with employers',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Newly arrived refugees in Oslo',
      frequency: 'Monthly',
      measurements: [{ date: '2017-08-31', value: 212, note: 'Final result' }],
    },
    {
      id: 'job-offers',
      name: 'Number of job offers',
      group: 'Number of refugees who have been in contact with employers',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Newly arrived refugees in Oslo',
      frequency: 'Monthly',
      measurements: [{ date: '2017-08-31', value: 46, note: 'Final result' }],
    },
    {
      id: 'contracts-signed',
      name: 'Number of employment contracts signed',
      group: 'Number of refugees who have been in contact with employers',
      description:
        'As printed: the handbook gives more signed contracts (48) than job offers (46). They were probably counted differently, for instance contracts signed without a formal offer first.',
      level: 'outcome',
      unit: 'count',
      targetGroup: 'Newly arrived refugees in Oslo',
      frequency: 'Monthly',
      measurements: [{ date: '2017-08-31', value: 48, note: 'Final result' }],
    },
    {
      id: 'employed-3-years',
      name: 'Share of assisted refugees who have been in employment for at least 3 months, 3 years after arriving in Oslo',
      level: 'impact',
      unit: 'share',
      targetGroup: 'Refugees who have received assistance',
      frequency: '3 years after arrival',
      measurements: [],
    },
  ],
  evaluations: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export default plan;
