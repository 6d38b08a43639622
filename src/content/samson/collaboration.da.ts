import type { CollaborationContent } from '../../core/samson/placement.js';

/** «Om samarbejdet» in Danish. Sources: 000 handbook, 001 research report (see placement.ts). */
const collaboration: CollaborationContent = {
  title: 'Om samarbejdet',
  intro:
    'Et par korte spørgsmål om, hvordan jeres samarbejde er skruet sammen: hvem der tog initiativet, hvem der planlægger, hvem der udfører, og hvordan magt og forpligtelser er fordelt. Svarene placerer samarbejdet på linjen fra tynd til tyk samskabelse. Delen er frivillig.',
  caveat:
    'Placeringen er et udgangspunkt for en samtale, ikke en måling. Den bygger på nogle få svar, og hverken tynd eller tyk er rigtigt i sig selv.',
  questions: [
    {
      id: 'initiative',
      text: 'Hvem tog initiativet til samarbejdet?',
      options: [
        { id: 'professionals', label: 'Kommunen eller en anden offentlig myndighed' },
        { id: 'civil-society', label: 'En frivillig forening eller en socialøkonomisk virksomhed' },
        { id: 'residents', label: 'De berørte borgere' },
        { id: 'jointly', label: 'Flere parter sammen, også borgerne' },
      ],
      source: '000:2785-2797; 001:4761-4762',
    },
    {
      id: 'planning',
      text: 'Hvem planlægger og udformer løsningerne?',
      options: [
        { id: 'professionals', label: 'Fagfolkene i det offentlige alene' },
        { id: 'jointly', label: 'Fagfolk og civilsamfundet sammen' },
        { id: 'civil-society', label: 'Civilsamfundet, uden om fagfolkene' },
      ],
      source: '000:592-683',
    },
    {
      id: 'delivery',
      text: 'Hvem udfører det, I har planlagt?',
      options: [
        { id: 'professionals', label: 'Fagfolkene i det offentlige alene' },
        { id: 'jointly', label: 'Fagfolk og civilsamfundet sammen' },
        { id: 'civil-society', label: 'Civilsamfundet, uden om fagfolkene' },
      ],
      source: '000:592-683',
    },
    {
      id: 'resident-roles',
      text: 'Hvilke roller har de borgere, arbejdet handler om? Vælg alle, der passer.',
      help: 'Intet kryds betyder, at borgerne endnu ikke har nogen af disse roller.',
      options: [
        { id: 'co-initiators', label: 'De er med til at tage initiativ' },
        { id: 'co-designers', label: 'De er med til at udforme løsningerne' },
        { id: 'co-implementers', label: 'De er med til at føre løsningerne ud i livet' },
      ],
      source: '000:2785-2797; 001:4757-4772',
    },
    {
      id: 'duration',
      text: 'Hvor længe er samarbejdet tænkt at vare?',
      options: [
        { id: 'one-off', label: 'Nogle få møder eller et kort forløb' },
        { id: 'limited', label: 'Et projekt med en slutdato' },
        { id: 'lasting', label: 'Varigt, uden fast slutdato' },
      ],
      source: '000:527-567; 000:586-591',
    },
    {
      id: 'power',
      text: 'Hvordan er magt og forpligtelser fordelt?',
      options: [
        { id: 'one-party', label: 'Én part bestemmer, de andre giver råd' },
        { id: 'shared-decisions', label: 'Vi beslutter sammen, men én part bærer forpligtelserne' },
        { id: 'shared-commitments', label: 'Vi beslutter sammen, og alle forpligter sig med tid, penge eller ansvar' },
      ],
      source: '000:540; 000:559-560; 000:586-591',
    },
  ],
  bands: {
    thin: {
      name: 'Tynd samskabelse',
      text: 'Tynd samskabelse (co-creation) er fælles planlægning: Borgere og andre inviteres ind som aktive partnere i dialog, ofte i et afgrænset forløb, og samarbejdet slutter, før indsatsen er i gang. Magt og styring ændres kun lidt.',
    },
    between: {
      name: 'Mellem tynd og tyk',
      text: 'Samarbejdet har træk af begge: Noget planlægges eller udføres sammen, men ikke alt. Se, hvilke svar der trækker mod den tynde, og hvilke mod den tykke ende.',
    },
    thick: {
      name: 'Tyk samskabelse',
      text: 'Tyk samskabelse (co-production, på dansk ofte samproduktion) er fælles planlægning og fælles udførelse: et ligeværdigt og varigt samarbejde om at udvikle, udføre og evaluere indsatsen, hvor magt og roller ofte bliver defineret på ny.',
    },
  },
  cells: {
    traditional: 'Traditionelle professionelle ydelser',
    'planned-with-civil-society': 'Professionelle ydelser, som civilsamfundet har været med til at planlægge',
    'no-activity': 'Ingen aktivitet',
    'delivered-together': 'Samarbejde om at udføre ydelser, som fagfolk har planlagt',
    'co-production': 'Fagfolk og civilsamfund skaber sammen',
    'planned-outside-with-contribution': 'Ydelser planlagt uden for professionerne, med bidrag derfra',
    commissioned: 'Bestillinger og udbudte ydelser',
    'delivered-outside-planned-together': 'Udført uden for professionerne, men planlagt med fagfolk',
    'self-organised': 'Selvorganiserede tilbud i civilsamfundet',
  },
  ambition:
    'Er der områder, hvor samarbejdet bevæger sig mere mod fælles udførelse end andre steder – eller er en tyndere samskabelse om planlægning og udformning af løsninger et passende ambitionsniveau for jer?',
  traditional:
    'Ud fra jeres svar planlægger og udfører fagfolkene alene. Efter håndbogens figur er det en traditionel ydelse – endnu ikke samskabelse.',
  source: '000:499-567; 000:586-683; 000:710-715; 000:2785-2797; 001:3933-3937; 001:4757-4779',
};

export default collaboration;
