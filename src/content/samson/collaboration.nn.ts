import type { CollaborationContent } from '../../core/samson/placement.js';

/** «Om samarbeidet» in nynorsk. Sources: 000 handbook, 001 research report (see placement.ts). */
const collaboration: CollaborationContent = {
  title: 'Om samarbeidet',
  intro:
    'Nokre korte spørsmål om korleis samarbeidet dykkar er sett saman: kven som tok initiativet, kven som planlegg, kven som gjennomfører, og korleis makt og plikter er fordelte. Svara plasserer samarbeidet på linja frå tynn til tjukk samskaping. Delen er frivillig.',
  caveat:
    'Plasseringa er eit utgangspunkt for ein samtale, ikkje ei måling. Ho byggjer på nokre få svar, og verken tynn eller tjukk er rett i seg sjølv.',
  questions: [
    {
      id: 'initiative',
      text: 'Kven tok initiativet til samarbeidet?',
      options: [
        { id: 'professionals', label: 'Kommunen eller ei anna offentleg verksemd' },
        { id: 'civil-society', label: 'Ein frivillig organisasjon eller ein sosial entreprenør' },
        { id: 'residents', label: 'Innbyggjarane det gjeld' },
        { id: 'jointly', label: 'Fleire partar saman, også innbyggjarane' },
      ],
      source: '000:2785-2797; 001:4761-4762',
    },
    {
      id: 'planning',
      text: 'Kven planlegg og utformar løysingane?',
      options: [
        { id: 'professionals', label: 'Fagfolka i det offentlege, åleine' },
        { id: 'jointly', label: 'Fagfolk og sivilsamfunnet saman' },
        { id: 'civil-society', label: 'Sivilsamfunnet, utanom fagfolka' },
      ],
      source: '000:592-683',
    },
    {
      id: 'delivery',
      text: 'Kven gjennomfører det de har planlagt?',
      options: [
        { id: 'professionals', label: 'Fagfolka i det offentlege, åleine' },
        { id: 'jointly', label: 'Fagfolk og sivilsamfunnet saman' },
        { id: 'civil-society', label: 'Sivilsamfunnet, utanom fagfolka' },
      ],
      source: '000:592-683',
    },
    {
      id: 'resident-roles',
      text: 'Kva roller har innbyggjarane arbeidet gjeld? Vel alle som passar.',
      help: 'Ingen avkryssing tyder at innbyggjarane ikkje har nokon av desse rollene enno.',
      options: [
        { id: 'co-initiators', label: 'Dei er med og tek initiativ' },
        { id: 'co-designers', label: 'Dei er med og utformar løysingane' },
        { id: 'co-implementers', label: 'Dei er med og gjennomfører løysingane' },
      ],
      source: '000:2785-2797; 001:4757-4772',
    },
    {
      id: 'duration',
      text: 'Kor lenge er samarbeidet meint å vare?',
      options: [
        { id: 'one-off', label: 'Nokre få møte eller ein kort prosess' },
        { id: 'limited', label: 'Eit prosjekt med ein sluttdato' },
        { id: 'lasting', label: 'Varig, utan fast sluttdato' },
      ],
      source: '000:527-567; 000:586-591',
    },
    {
      id: 'power',
      text: 'Korleis er makt og plikter fordelte?',
      options: [
        { id: 'one-party', label: 'Éin part bestemmer, dei andre gir råd' },
        { id: 'shared-decisions', label: 'Vi bestemmer saman, men éin part ber pliktene' },
        { id: 'shared-commitments', label: 'Vi bestemmer saman, og alle forpliktar seg med tid, pengar eller ansvar' },
      ],
      source: '000:540; 000:559-560; 000:586-591',
    },
  ],
  bands: {
    thin: {
      name: 'Tynn samskaping',
      text: 'Tynn samskaping (co-creation) er felles planlegging: innbyggjarar og andre blir inviterte inn som aktive partnarar i dialog, ofte i ein avgrensa prosess, og samarbeidet blir avslutta før tenesta er i gang. Makt og styring blir lite endra.',
    },
    between: {
      name: 'Mellom tynn og tjukk',
      text: 'Samarbeidet har drag av begge: noko blir planlagt eller gjennomført saman, men ikkje alt. Sjå kva svar som trekkjer mot den tynne og kva mot den tjukke enden.',
    },
    thick: {
      name: 'Tjukk samskaping',
      text: 'Tjukk samskaping (co-production) er felles planlegging og felles gjennomføring: eit likeverdig og varig samarbeid om å utvikle, gjennomføre og vurdere tenestene, der makt og roller ofte blir definerte på nytt.',
    },
  },
  cells: {
    traditional: 'Tradisjonelle profesjonelle tenester',
    'planned-with-civil-society': 'Profesjonelle tenester der sivilsamfunnet har vore med og planlagt',
    'no-activity': 'Ingen aktivitet',
    'delivered-together': 'Samarbeid om å gjennomføre tenester som fagfolk har planlagt',
    'co-production': 'Fagfolk og sivilsamfunn skaper saman',
    'planned-outside-with-contribution': 'Tenester planlagde utanfor profesjonane, med bidrag derifrå',
    commissioned: 'Tingingar og anbodstenester',
    'delivered-outside-planned-together': 'Gjennomført utanfor profesjonane, men planlagt med fagfolk',
    'self-organised': 'Sjølvorganiserte tenester i sivilsamfunnet',
  },
  ambition:
    'Er det nokre område der samarbeidet rører seg meir mot felles gjennomføring enn andre – eller er ei tynnare samskaping rundt planlegging og utforming av løysingar eit høveleg ambisjonsnivå for dykk?',
  traditional:
    'Slik de har svart, planlegg og gjennomfører fagfolka åleine. Etter figuren i handboka er det ei tradisjonell teneste – enno ikkje samskaping.',
  source: '000:499-567; 000:586-683; 000:710-715; 000:2785-2797; 001:3933-3937; 001:4757-4779',
};

export default collaboration;
