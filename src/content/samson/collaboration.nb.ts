import type { CollaborationContent } from '../../core/samson/placement.js';

/** «Om samarbeidet» in bokmål. Sources: 000 handbook, 001 research report (see placement.ts). */
const collaboration: CollaborationContent = {
  title: 'Om samarbeidet',
  intro:
    'Noen korte spørsmål om hvordan samarbeidet deres er satt sammen: hvem som tok initiativet, hvem som planlegger, hvem som gjennomfører, og hvordan makt og forpliktelser er fordelt. Svarene plasserer samarbeidet på linjen fra tynn til tykk samskaping. Delen er frivillig.',
  caveat:
    'Plasseringen er et utgangspunkt for en samtale, ikke en måling. Den bygger på noen få svar, og verken tynn eller tykk er riktig i seg selv.',
  questions: [
    {
      id: 'initiative',
      text: 'Hvem tok initiativet til samarbeidet?',
      options: [
        { id: 'professionals', label: 'Kommunen eller en annen offentlig virksomhet' },
        { id: 'civil-society', label: 'En frivillig organisasjon eller en sosial entreprenør' },
        { id: 'residents', label: 'Innbyggerne det gjelder' },
        { id: 'jointly', label: 'Flere parter sammen, også innbyggerne' },
      ],
      source: '000:2785-2797; 001:4761-4762',
    },
    {
      id: 'planning',
      text: 'Hvem planlegger og utformer løsningene?',
      options: [
        { id: 'professionals', label: 'Fagfolkene i det offentlige, alene' },
        { id: 'jointly', label: 'Fagfolk og sivilsamfunnet sammen' },
        { id: 'civil-society', label: 'Sivilsamfunnet, utenom fagfolkene' },
      ],
      source: '000:592-683',
    },
    {
      id: 'delivery',
      text: 'Hvem gjennomfører det dere har planlagt?',
      options: [
        { id: 'professionals', label: 'Fagfolkene i det offentlige, alene' },
        { id: 'jointly', label: 'Fagfolk og sivilsamfunnet sammen' },
        { id: 'civil-society', label: 'Sivilsamfunnet, utenom fagfolkene' },
      ],
      source: '000:592-683',
    },
    {
      id: 'resident-roles',
      text: 'Hvilke roller har innbyggerne arbeidet gjelder? Velg alle som passer.',
      help: 'Ingen avkrysning betyr at innbyggerne ikke har noen av disse rollene ennå.',
      options: [
        { id: 'co-initiators', label: 'De er med og tar initiativ' },
        { id: 'co-designers', label: 'De er med og utformer løsningene' },
        { id: 'co-implementers', label: 'De er med og gjennomfører løsningene' },
      ],
      source: '000:2785-2797; 001:4757-4772',
    },
    {
      id: 'duration',
      text: 'Hvor lenge er samarbeidet ment å vare?',
      options: [
        { id: 'one-off', label: 'Noen få møter eller en kort prosess' },
        { id: 'limited', label: 'Et prosjekt med en sluttdato' },
        { id: 'lasting', label: 'Varig, uten fast sluttdato' },
      ],
      source: '000:527-567; 000:586-591',
    },
    {
      id: 'power',
      text: 'Hvordan er makt og forpliktelser fordelt?',
      options: [
        { id: 'one-party', label: 'Én part bestemmer, de andre gir råd' },
        { id: 'shared-decisions', label: 'Vi bestemmer sammen, men én part bærer forpliktelsene' },
        { id: 'shared-commitments', label: 'Vi bestemmer sammen, og alle forplikter seg med tid, penger eller ansvar' },
      ],
      source: '000:540; 000:559-560; 000:586-591',
    },
  ],
  bands: {
    thin: {
      name: 'Tynn samskaping',
      text: 'Tynn samskaping (co-creation) er felles planlegging: innbyggere og andre inviteres inn som aktive partnere i dialog, ofte i en avgrenset prosess, og samarbeidet avsluttes før tjenesten er i gang. Makt og styring endres i liten grad.',
    },
    between: {
      name: 'Mellom tynn og tykk',
      text: 'Samarbeidet har trekk av begge: noe planlegges eller gjennomføres sammen, men ikke alt. Se hvilke svar som trekker mot den tynne og hvilke mot den tykke enden.',
    },
    thick: {
      name: 'Tykk samskaping',
      text: 'Tykk samskaping (co-production) er felles planlegging og felles gjennomføring: et likeverdig og varig samarbeid om å utvikle, gjennomføre og vurdere tjenestene, der makt og roller ofte blir definert på nytt.',
    },
  },
  cells: {
    traditional: 'Tradisjonelle profesjonelle tjenester',
    'planned-with-civil-society': 'Profesjonelle tjenester der sivilsamfunnet har vært med og planlagt',
    'no-activity': 'Ingen aktivitet',
    'delivered-together': 'Samarbeid om å gjennomføre tjenester som fagfolk har planlagt',
    'co-production': 'Fagfolk og sivilsamfunn skaper sammen',
    'planned-outside-with-contribution': 'Tjenester planlagt utenfor profesjonene, med bidrag derfra',
    commissioned: 'Bestillinger og anbudstjenester',
    'delivered-outside-planned-together': 'Gjennomført utenfor profesjonene, men planlagt med fagfolk',
    'self-organised': 'Selvorganiserte tjenester i sivilsamfunnet',
  },
  ambition:
    'Er det noen områder der samarbeidet beveger seg mer mot felles gjennomføring enn andre – eller er en tynnere samskaping rundt planlegging og utforming av løsninger et passelig ambisjonsnivå for dere?',
  traditional:
    'Slik dere har svart, planlegger og gjennomfører fagfolkene alene. Etter håndbokas figur er det en tradisjonell tjeneste – ennå ikke samskaping.',
  source: '000:499-567; 000:586-683; 000:710-715; 000:2785-2797; 001:3933-3937; 001:4757-4779',
};

export default collaboration;
