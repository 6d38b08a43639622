import type { Instrument } from '../../core/samson/instrument.js';

/** SAMSON in Danish. Statements are our own wording of the sub-themes in the source documents; `source` gives document:lines. */
const instrument: Instrument = {
  format: 'samson-instrument@1',
  id: 'samson',
  version: '1.0.0',
  locale: 'da',
  title: 'SAMSON – værktøj til samskabelse',
  values: [
    {
      id: 'apenhet',
      name: 'Åbenhed',
      description:
        'Åbenhed betyder, at vi tager imod det, andre kan bidrage med – erfaringer, viden og ressourcer – uden at føle os truet. Det skal være tilladt at sige usædvanlige ting, foreslå nye idéer og stille spørgsmål ved etablerede sandheder. Åbenhed handler også om at vise andre, hvad vi laver, invitere til input udefra og være tilgængelige for hinanden.',
      question: 'Hvor vigtig er åbenhed for vores samarbejde?',
    },
    {
      id: 'demokrati',
      name: 'Demokrati',
      description:
        'Demokrati handler her ikke om at stemme ved valg, men om reel indflydelse på, hvordan løsningerne udformes og gennemføres. De mennesker, som løsningen skal skabe et bedre liv for, skal have lige så stor indflydelse som alle andre. Livserfaring tæller som kompetence – ikke i stedet for faglig viden, men som et supplement til den.',
      question: 'Hvor vigtigt er demokrati for vores samarbejde?',
    },
    {
      id: 'kreativitet',
      name: 'Kreativitet',
      description:
        'Kreativitet betyder, at vi søger det nye og nyttige i stedet for blot at justere det, vi altid har gjort. Nye idéer opstår oftest i samtaler mellem mennesker, der tænker forskelligt. Det kræver plads, lov og lejlighed til at tænke ud over de vante rutiner.',
      question: 'Hvor vigtig er kreativitet for vores samarbejde?',
    },
    {
      id: 'ledelse',
      name: 'Ledelse',
      description:
        'Ledelse er her ikke først og fremmest én person, men det, der holder samarbejdet i gang. Det handler om at tilrettelægge, opbygge tillid, håndtere uenighed og sørge for, at alle bliver hørt. Ingen part skal have al magten – ledelsen kan deles mellem os.',
      question: 'Hvor vigtig er ledelse for vores samarbejde?',
    },
  ],
  fields: [
    {
      id: 'likeverdighet',
      name: 'Varetagelse af ligeværdighed',
      description:
        'Ligeværdighed er selve energifeltet i samskabelse: Når parterne mødes som ligeværdige, deler de viden og ressourcer, lærer af hinanden og får mere ud af det sammen. Det kræver tillid, og tillid tager tid. Gamle vaner – hvor kommunen bestemmer, og frivillige venter på tilskud og tilladelser – skal udfordres og afløses af ny praksis. Kommunen skal ikke trække sig tilbage, men spille en anden rolle.',
      prompt: 'Hvor oplever én eller flere af jer, at forudsætningerne for ligeværdighed ikke helt er til stede?',
      statements: [
        {
          id: 'likeverdighet-1',
          text: 'Viden og ressourcer går begge veje mellem parterne i samarbejdet.',
          values: ['demokrati', 'kreativitet'],
          source: '000:1386-1391; 001:4374-4376',
        },
        {
          id: 'likeverdighet-2',
          text: 'Vi giver os tid til at opbygge tillid, også selvom det går langsomt.',
          values: ['apenhet', 'ledelse'],
          source: '000:1395-1397; 001:3585-3587',
        },
        {
          id: 'likeverdighet-3',
          text: 'Vi udfordrer gamle vaner, hvor kommunen bestemmer, og de andre tilpasser sig.',
          values: ['demokrati'],
          source: '000:1397-1406; 001:3589-3595',
        },
        {
          id: 'likeverdighet-4',
          text: 'Vi arbejder som ligeværdige partnere – ikke som én, der bestiller, og andre, der udfører.',
          values: ['demokrati'],
          source: '000:1408-1409; 001:4380-4386',
        },
        {
          id: 'likeverdighet-5',
          text: 'Vi mødes på neutral grund eller dér, hvor borgerne og de frivillige hører hjemme – ikke kun hos kommunen.',
          values: ['demokrati', 'apenhet'],
          source: '000:1412-1416; 002:2480-2482',
        },
        {
          id: 'likeverdighet-6',
          text: 'Kommunen er en aktiv og synlig partner uden at dominere.',
          values: ['ledelse', 'demokrati'],
          source: '000:1418-1422; 002:2631-2635',
        },
        {
          id: 'likeverdighet-7',
          text: 'Vi træffer de vigtige beslutninger i fællesskab.',
          values: ['demokrati', 'ledelse'],
          source: '001:4849-4850; 000:1322-1324',
        },
        {
          id: 'likeverdighet-8',
          text: 'Borgere og frivillige har lige så gode muligheder som fagfolkene for at påvirke løsningerne.',
          values: ['demokrati'],
          source: '001:4914-4915; 000:1202-1206',
        },
      ],
    },
    {
      id: 'felles-mal',
      name: 'At arbejde mod fælles mål',
      description:
        'Det er svært at skabe noget sammen, hvis parterne trækker i hver sin retning. En vision er ikke et slogan, men et billede af en ønsket fremtid, som I skaber sammen. Hver part kan have sine egne delmål, men de må ikke overskygge det fælles mål. Målene kan ændre sig undervejs, efterhånden som I lærer.',
      prompt: 'Har I et fælles billede af, hvor I vil hen sammen – og står alle bag det?',
      statements: [
        {
          id: 'felles-mal-1',
          text: 'Vi har en fælles vision, som alle parter står bag.',
          values: ['ledelse', 'kreativitet'],
          source: '000:1427-1430; 000:1875-1883',
        },
        {
          id: 'felles-mal-2',
          text: 'Vores vision er skabt af os i fællesskab – ikke af én part eller en konsulent.',
          values: ['demokrati'],
          source: '000:1875-1879',
        },
        {
          id: 'felles-mal-3',
          text: 'Vi har tjekket, at vi faktisk mener det samme, når vi taler om målet.',
          values: ['apenhet'],
          source: '000:1441-1444; 001:3629-3632',
        },
        {
          id: 'felles-mal-4',
          text: 'Vi minder hinanden om det fælles mål undervejs, ikke kun i starten.',
          values: ['ledelse'],
          source: '000:1427-1428; 001:5097-5098',
        },
        {
          id: 'felles-mal-5',
          text: 'Der er plads til, at hver part har sine egne delmål ved siden af det fælles mål.',
          values: ['apenhet'],
          source: '000:1452-1459; 001:3641-3645',
        },
        {
          id: 'felles-mal-6',
          text: 'Samarbejdet bygger på mål, vi har sammen, ikke kun på én parts mål.',
          values: ['demokrati'],
          source: '000:1459-1464; 001:3645-3648',
        },
        {
          id: 'felles-mal-7',
          text: 'Vores mål er konkrete og lette at forstå for alle, der er med.',
          values: ['ledelse'],
          source: '001:3635-3639; 001:4947-4948',
        },
        {
          id: 'felles-mal-8',
          text: 'Vi justerer målene sammen, når vi har lært noget nyt.',
          values: ['kreativitet'],
          source: '001:3650-3652; 001:4424-4432',
        },
      ],
    },
    {
      id: 'kommunikasjon',
      name: 'Kommunikation',
      description:
        'Åben og ærlig kommunikation bærer samarbejdet – både for at forebygge problemer og for at løse dem. I praksis handler det om at tale sammen jævnligt og ordentligt, så alle kommer til orde med deres eget sprog. Det handler også om at tale om, hvordan I taler sammen, og om at fortælle omverdenen, hvad I laver.',
      prompt: 'Taler I nok sammen – med hinanden og med folk omkring jer?',
      statements: [
        {
          id: 'kommunikasjon-1',
          text: 'Vi taler sammen jævnligt, ikke kun når noget haster.',
          values: ['ledelse'],
          source: '000:1516-1518; 001:4449-4451',
        },
        {
          id: 'kommunikasjon-2',
          text: 'Vi tager uenigheder op og taler om dem, også selvom vi ikke altid bliver enige.',
          values: ['apenhet'],
          source: '001:3676; 000:1507-1510',
        },
        {
          id: 'kommunikasjon-3',
          text: 'Vi taler, så alle kan forstå os – uden bureaukratsprog eller fagjargon.',
          values: ['demokrati'],
          source: '000:1516-1520; 002:2554-2558',
        },
        {
          id: 'kommunikasjon-4',
          text: 'Vi taler af og til om, hvordan vi taler sammen.',
          values: ['apenhet', 'ledelse'],
          source: '000:1512-1514; 001:3660-3661',
        },
        {
          id: 'kommunikasjon-5',
          text: 'Alle føler sig trygge nok til at dele idéer, bekymringer og håb i gruppen.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1520-1528; 001:3693-3698',
        },
        {
          id: 'kommunikasjon-6',
          text: 'Vigtig information når ud til alle parter, ikke kun til nogle få.',
          values: ['demokrati', 'apenhet'],
          source: '001:3678-3679; 001:5072',
        },
        {
          id: 'kommunikasjon-7',
          text: 'Vi fortæller folk uden for samarbejdet, hvad vi laver, og hvorfor.',
          values: ['apenhet'],
          source: '000:1549-1557; 000:1885-1889',
        },
      ],
    },
    {
      id: 'forankring',
      name: 'At arbejde med forankring',
      description:
        'Forankring giver stabilitet, når arbejdet skaber forandring og usikkerhed. Arbejdet skal forankres »ud« og »ned« hos dem, det skal hjælpe, og hos samarbejdspartnerne, og »fortøjes« opad i beslutninger, budgetter, planer og hos ledere. Glem ikke støtten fra dem, der tager sig af det administrative – mangel på den er en af de hyppigste årsager til, at samarbejder mislykkes.',
      prompt:
        'Er arbejdet forankret hos dem, der kender problemet fra deres eget liv – og fortøjet helt op i ledelsen og hos politikerne?',
      statements: [
        {
          id: 'forankring-1',
          text: 'Arbejdet bygger på de ønsker og behov, som de berørte selv har givet udtryk for.',
          values: ['demokrati'],
          source: '001:3749-3752; 000:1903-1904',
        },
        {
          id: 'forankring-2',
          text: 'De berørte er med, både når vi planlægger, og når vi gennemfører.',
          values: ['demokrati'],
          source: '000:1600-1601; 001:3750-3752',
        },
        {
          id: 'forankring-3',
          text: 'Arbejdet har opbakning på tværs af afdelinger og forvaltninger, ikke kun hos os, der er med.',
          values: ['ledelse'],
          source: '002:2362-2372',
        },
        {
          id: 'forankring-4',
          text: 'Arbejdet er sikret gennem politiske beslutninger, budgetter eller planer.',
          values: ['ledelse'],
          source: '000:1604-1609; 001:3753-3756',
        },
        {
          id: 'forankring-5',
          text: 'Ledere højere oppe i vores organisationer bakker personligt op om arbejdet.',
          values: ['ledelse'],
          source: '000:1609-1615; 001:4968-4969',
        },
        {
          id: 'forankring-6',
          text: 'Vi orienterer jævnligt topledelsen og politikerne om, hvordan det går.',
          values: ['apenhet', 'ledelse'],
          source: '000:1906-1912; 001:4965-4966',
        },
        {
          id: 'forankring-7',
          text: 'Vi får den administrative hjælp, vi har brug for, fra de organisationer, vi kommer fra.',
          values: ['ledelse'],
          source: '000:1626-1635',
        },
        {
          id: 'forankring-8',
          text: 'Arbejdet har opbakning i lokalsamfundet, fx i foreninger og erhvervslivet.',
          values: ['apenhet'],
          source: '000:1903-1906; 001:4467-4470',
        },
        {
          id: 'forankring-9',
          text: 'Vi fejrer det, der går godt – også små fremskridt.',
          values: ['ledelse'],
          source: '002:2424-2432',
        },
      ],
    },
    {
      id: 'tilrettelegging',
      name: 'Tilrettelæggelse',
      description:
        'Ligeværdighed, fælles mål, god kommunikation og forankring kommer ikke af sig selv – god vilje er ikke nok. At tilrettelægge betyder at gøre samarbejdet så let som muligt for alle og at inddrage alle, der berøres. Det gælder både faste møder og gode rutiner og de små praktiske detaljer, der får folk til at føle sig set. Det er her, værdien ledelse bliver til handling.',
      prompt: 'Hvad gør det lettere – eller sværere – for hver enkelt af jer at deltage i samarbejdet?',
      statements: [
        {
          id: 'tilrettelegging-1',
          text: 'Nogle af os har et klart ansvar for at tilrettelægge samarbejdet.',
          values: ['ledelse'],
          source: '000:1639-1644; 002:2585-2589',
        },
        {
          id: 'tilrettelegging-2',
          text: 'Sagerne er forberedt, så alle kan nå at tænke over dem, før vi beslutter noget.',
          values: ['demokrati', 'ledelse'],
          source: '000:1655-1659; 001:5043-5044',
        },
        {
          id: 'tilrettelegging-3',
          text: 'Det, vi bliver enige om, bliver skrevet ned og er let at finde igen for alle.',
          values: ['apenhet', 'ledelse'],
          source: '000:1657-1659; 002:2627-2629',
        },
        {
          id: 'tilrettelegging-4',
          text: 'Vi har faste mødetider og rutiner, der passer alle parter.',
          values: ['demokrati', 'ledelse'],
          source: '000:1661-1664; 001:3804-3806',
        },
        {
          id: 'tilrettelegging-5',
          text: 'Praktiske ting som lokale, mad og parkering er på plads, så alle føler sig velkomne.',
          values: ['ledelse'],
          source: '001:3784-3788',
        },
        {
          id: 'tilrettelegging-6',
          text: 'Vi mødes en gang imellem dér, hvor indsatsen foregår i praksis.',
          values: ['kreativitet'],
          source: '000:1669-1674; 001:3795-3797',
        },
        {
          id: 'tilrettelegging-7',
          text: 'Vi har fastlagt de praktiske rammer for samarbejdet i fællesskab, fx mødeplanen.',
          values: ['demokrati'],
          source: '000:1675-1678; 002:2607-2609',
        },
        {
          id: 'tilrettelegging-8',
          text: 'Vi tilpasser deltagelsen til den enkelte, fx med kørsel, børnepasning eller hjælp med sproget.',
          values: ['demokrati'],
          source: '000:1694-1701; 002:2545-2551',
        },
        {
          id: 'tilrettelegging-9',
          text: 'Der er plads til uformel kontakt, fx over et måltid.',
          values: ['apenhet'],
          source: '000:1659-1661; 002:2517-2521',
        },
      ],
    },
    {
      id: 'ressursfokus',
      name: 'At arbejde med ressourcefokus',
      description:
        'Se fremad og udad: Begynd med ressourcer og muligheder, og tag forhindringerne bagefter. Der opstår intet nyt af at beklage sig over fortiden, mindes gamle succeser eller bekymre sig om fremtiden. Samskabelse bygger på borgernes ressourcer, ikke på deres problemer.',
      prompt: 'Hvis I vender problemerne helt om – hvilke muligheder ser I så?',
      statements: [
        {
          id: 'ressursfokus-1',
          text: 'Vi ser først på muligheder og ressourcer og tager forhindringerne bagefter.',
          values: ['kreativitet'],
          source: '000:1709-1719; 001:3823-3827',
        },
        {
          id: 'ressursfokus-2',
          text: 'Vi lægger mere vægt på det, vi vil opnå, end på det, der er gået galt.',
          values: ['kreativitet'],
          source: '000:1723-1730; 000:1740-1744',
        },
        {
          id: 'ressursfokus-3',
          text: 'Vi har beskrevet helt konkret, hvordan fremtiden ser ud, når det lykkes for os.',
          values: ['kreativitet'],
          source: '000:1914-1920',
        },
        {
          id: 'ressursfokus-4',
          text: 'Vi ser de berørte som mennesker med ressourcer, ikke som problemer.',
          values: ['demokrati', 'ledelse'],
          source: '001:3827-3828; 001:3547-3548',
        },
        {
          id: 'ressursfokus-5',
          text: 'Når vi møder et problem, vender vi det om og leder efter mulighederne.',
          values: ['kreativitet'],
          source: '000:1914-1916',
        },
        {
          id: 'ressursfokus-6',
          text: 'Vi leder efter ressourcer uden for vores vante kredse.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1922-1926',
        },
        {
          id: 'ressursfokus-7',
          text: 'Vi forsøger at komme i forkøbet i stedet for kun at slukke brande.',
          values: ['kreativitet'],
          source: '001:3843-3845',
        },
        {
          id: 'ressursfokus-8',
          text: 'De berørtes viden indgår, når vi planlægger, gennemfører og evaluerer løsninger.',
          values: ['demokrati'],
          source: '001:4526-4531',
        },
      ],
    },
    {
      id: 'kompetansekomplementaritet',
      name: 'Kompetencekomplementaritet',
      description:
        'Her handler det om at arbejde med flere slags kompetencer på én gang – og om at lære sammen. Faglig viden er vigtig, men den er ikke den eneste viden, der tæller: Alle deltageres livserfaring, evner og færdigheder er også værdifulde. Et godt samarbejde bliver et lærende fællesskab, der også taler om holdninger og vilje til forandring.',
      prompt: 'Hvornår ledte I sidst efter ny og overraskende kompetence, der kan supplere jeres egen?',
      statements: [
        {
          id: 'kompetansekomplementaritet-1',
          text: 'Vi supplerer hinanden, fordi vi har forskellig viden og erfaring.',
          values: ['kreativitet'],
          source: '001:4980; 001:3849-3854',
        },
        {
          id: 'kompetansekomplementaritet-2',
          text: 'De berørtes livserfaring bliver værdsat lige så højt som faglig viden.',
          values: ['demokrati'],
          source: '000:1212-1215; 001:3451-3454; 001:4541-4543',
        },
        {
          id: 'kompetansekomplementaritet-3',
          text: 'Fagfolkene blandt os bringer deres viden i spil sammen med det, de andre kan.',
          values: ['demokrati', 'kreativitet'],
          source: '000:1803-1809; 001:3888-3893',
        },
        {
          id: 'kompetansekomplementaritet-4',
          text: 'Vi er lige så nysgerrige efter at lære af borgerne som af andre fagfolk.',
          values: ['apenhet'],
          source: '001:3880-3886',
        },
        {
          id: 'kompetansekomplementaritet-5',
          text: 'Vi taler åbent om, hvor villige vi er til at ændre den måde, vi arbejder på.',
          values: ['apenhet'],
          source: '000:1830-1838; 002:2394-2396',
        },
        {
          id: 'kompetansekomplementaritet-6',
          text: 'Vi lader vores forskellige måder at se problemet på blive til en ny, fælles forståelse.',
          values: ['kreativitet'],
          source: '001:3870-3878',
        },
        {
          id: 'kompetansekomplementaritet-7',
          text: 'Vi leder efter viden og erfaring, som mangler i vores gruppe.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1928-1931',
        },
        {
          id: 'kompetansekomplementaritet-8',
          text: 'Vi stiller jævnligt os selv spørgsmålet: Hvad har vi lært siden sidst?',
          values: ['kreativitet'],
          source: '000:1840-1841; 000:1859-1862',
        },
        {
          id: 'kompetansekomplementaritet-9',
          text: 'Faglig uenighed håndterer vi gennem dialog og fælles læring.',
          values: ['ledelse'],
          source: '001:4543-4549',
        },
      ],
    },
  ],
  guidance: {
    intro: [
      'SAMSON er et værktøj til en samtale om jeres samskabelse. I svarer på spørgsmål om fire værdier og syv handlingsfelter og får en profil, der viser, hvor I står. Scoren er et udgangspunkt for samtalen – ikke en karakter.',
      'Svar sammen som gruppe på én skærm. Det, I er uenige om, er ofte det, der er mest værd at tale om. Efter hvert udsagn kan I skrive idéer til tiltag ned.',
      'Der findes ingen opskrift. Tilpas spørgsmålene og tiltagene til jeres egen lokale situation. Regn med omkring 45–90 minutter for en gruppe.',
      'Intet forlader browseren. Svarene gemmes kun på denne enhed, medmindre I selv eksporterer dem.',
    ],
    weighting:
      'Fortæl først, hvor vigtige åbenhed, demokrati, kreativitet og ledelse er for jeres samarbejde. Svarene viser, hvad I selv mener betyder mest, og danner baggrund, når I ser på resultaterne.',
    disagreement:
      'Er I uenige om, hvad der betyder mest? Tal om det, før I svarer. Forskellige opfattelser er værd at få frem.',
    idea: 'Skriv idéer til tiltag ned, som I bliver enige om. De kommer med i jeres handlingsplan og rapport.',
    results:
      'Det grå felt viser, hvor vigtigt I sagde, at dette er. Den fede linje viser, hvor I står nu. Kig efter temaer, som I synes er vigtige, men som scorer lavt. Åbn et handlingsfelt for at se, hvilke udsagn der trækker scoren op eller ned.',
    compare: 'Hvad er der sket siden sidst, som kan forklare ændringen? Hvad har vi lært?',
    report:
      'Brug rapporten til at planlægge og prioritere jeres næste tiltag. Et tiltag, der virkede et andet sted, virker ikke nødvendigvis hos jer – vurder det i forhold til jeres egen situation.',
    repeat:
      'Kom tilbage efter en periode med samarbejde, og gentag vurderingen. Så kan I se, hvad der har ændret sig.',
  },
};

export default instrument;
