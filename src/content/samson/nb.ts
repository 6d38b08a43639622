import type { Instrument } from '../../core/samson/instrument.js';

/** SAMSON in Norwegian bokmål. Statements are our own wording of the sub-themes in the source documents; `source` gives document:lines. */
const instrument: Instrument = {
  format: 'samson-instrument@1',
  id: 'samson',
  version: '1.0.0',
  locale: 'nb',
  title: 'SAMSON – samskapingsverktøy for samarbeid',
  values: [
    {
      id: 'apenhet',
      name: 'Åpenhet',
      description:
        'Åpenhet betyr at vi tar imot det andre kan bidra med – erfaringer, kunnskap og ressurser – uten å føle oss truet. Det skal være lov å si uvanlige ting, foreslå nye ideer og stille spørsmål ved etablerte sannheter. Åpenhet handler også om å vise andre hva vi holder på med, invitere til innspill utenfra og være tilgjengelige for hverandre.',
      question: 'Hvor viktig er åpenhet for samarbeidet vårt?',
    },
    {
      id: 'demokrati',
      name: 'Demokrati',
      description:
        'Demokrati handler her ikke om å stemme ved valg, men om reell innflytelse på hvordan løsningene utformes og gjennomføres. De som løsningen skal skape et bedre liv for, skal ha like stor innflytelse som alle andre. Livserfaring teller som kompetanse – ikke i stedet for fagkunnskap, men i tillegg til.',
      question: 'Hvor viktig er demokrati for samarbeidet vårt?',
    },
    {
      id: 'kreativitet',
      name: 'Kreativitet',
      description:
        'Kreativitet betyr at vi griper etter det nye og nyttige, i stedet for å gjøre små justeringer av det vi alltid har gjort. Nye ideer oppstår oftest i samtaler mellom folk som tenker ulikt. Det krever rom, lov og anledning til å tenke utenfor de vante rutinene.',
      question: 'Hvor viktig er kreativitet for samarbeidet vårt?',
    },
    {
      id: 'ledelse',
      name: 'Ledelse',
      description:
        'Ledelse er her ikke først og fremst én person, men det som holder samarbeidet i gang. Det handler om å legge til rette, bygge tillit, håndtere uenighet og sørge for at alle blir hørt. Ingen part skal ha all makt – ledelsen kan deles mellom oss.',
      question: 'Hvor viktig er ledelse for samarbeidet vårt?',
    },
  ],
  fields: [
    {
      id: 'likeverdighet',
      name: 'Ivaretakelse av likeverdighet',
      description:
        'Likeverd er selve energifeltet i samskaping: Når partene møtes som likeverdige, deler de kunnskap og ressurser, lærer av hverandre og får til mer sammen. Det krever tillit, og tillit tar tid. Gamle vaner – der kommunen bestemmer og frivillige venter på tilskudd og tillatelser – må utfordres og erstattes av ny praksis. Kommunen skal ikke trekke seg tilbake, men spille en annen rolle.',
      prompt: 'Hvor opplever én eller flere av dere at forutsetningene for likeverd ikke helt er til stede?',
      statements: [
        {
          id: 'likeverdighet-1',
          text: 'Kunnskap og ressurser går begge veier mellom partene i samarbeidet.',
          values: ['demokrati', 'kreativitet'],
          source: '000:1386-1391; 001:4374-4376',
        },
        {
          id: 'likeverdighet-2',
          text: 'Vi gir oss tid til å bygge tillit, selv om det går sakte.',
          values: ['apenhet', 'ledelse'],
          source: '000:1395-1397; 001:3585-3587',
        },
        {
          id: 'likeverdighet-3',
          text: 'Vi utfordrer gamle vaner der kommunen bestemmer og de andre tilpasser seg.',
          values: ['demokrati'],
          source: '000:1397-1406; 001:3589-3595',
        },
        {
          id: 'likeverdighet-4',
          text: 'Vi jobber som likeverdige partnere, ikke som én som bestiller og andre som utfører.',
          values: ['demokrati'],
          source: '000:1408-1409; 001:4380-4386',
        },
        {
          id: 'likeverdighet-5',
          text: 'Vi møtes på nøytral grunn eller der innbyggerne og de frivillige hører hjemme, ikke bare hos kommunen.',
          values: ['demokrati', 'apenhet'],
          source: '000:1412-1416; 002:2480-2482',
        },
        {
          id: 'likeverdighet-6',
          text: 'Kommunen er en aktiv og synlig partner uten å dominere.',
          values: ['ledelse', 'demokrati'],
          source: '000:1418-1422; 002:2631-2635',
        },
        {
          id: 'likeverdighet-7',
          text: 'Vi tar de viktige beslutningene i fellesskap.',
          values: ['demokrati', 'ledelse'],
          source: '001:4849-4850; 000:1322-1324',
        },
        {
          id: 'likeverdighet-8',
          text: 'Innbyggere og frivillige har like store muligheter som fagfolkene til å påvirke løsningene.',
          values: ['demokrati'],
          source: '001:4914-4915; 000:1202-1206',
        },
      ],
    },
    {
      id: 'felles-mal',
      name: 'Å arbeide med felles mål',
      description:
        'Det er vanskelig å skape noe sammen hvis partene drar i hver sin retning. En visjon er ikke et slagord, men et bilde av en ønsket framtid som dere lager sammen. Hver part kan ha egne delmål, men de må ikke overskygge det felles målet. Målene kan endre seg underveis når dere lærer.',
      prompt: 'Har dere et felles bilde av hvor dere skal sammen – og slutter alle seg til det?',
      statements: [
        {
          id: 'felles-mal-1',
          text: 'Vi har en felles visjon som alle parter slutter seg til.',
          values: ['ledelse', 'kreativitet'],
          source: '000:1427-1430; 000:1875-1883',
        },
        {
          id: 'felles-mal-2',
          text: 'Visjonen vår er laget av oss sammen, ikke av én part eller en konsulent.',
          values: ['demokrati'],
          source: '000:1875-1879',
        },
        {
          id: 'felles-mal-3',
          text: 'Vi har sjekket at vi faktisk mener det samme når vi snakker om målet.',
          values: ['apenhet'],
          source: '000:1441-1444; 001:3629-3632',
        },
        {
          id: 'felles-mal-4',
          text: 'Vi minner hverandre om det felles målet underveis, ikke bare i starten.',
          values: ['ledelse'],
          source: '000:1427-1428; 001:5097-5098',
        },
        {
          id: 'felles-mal-5',
          text: 'Det er rom for at hver part har egne delmål ved siden av det felles målet.',
          values: ['apenhet'],
          source: '000:1452-1459; 001:3641-3645',
        },
        {
          id: 'felles-mal-6',
          text: 'Samarbeidet bygger på mål vi har sammen, ikke bare på målene til én part.',
          values: ['demokrati'],
          source: '000:1459-1464; 001:3645-3648',
        },
        {
          id: 'felles-mal-7',
          text: 'Målene våre er konkrete og lette å forstå for alle som er med.',
          values: ['ledelse'],
          source: '001:3635-3639; 001:4947-4948',
        },
        {
          id: 'felles-mal-8',
          text: 'Vi justerer målene sammen når vi har lært noe nytt.',
          values: ['kreativitet'],
          source: '001:3650-3652; 001:4424-4432',
        },
      ],
    },
    {
      id: 'kommunikasjon',
      name: 'Kommunikasjon',
      description:
        'Åpen og ærlig kommunikasjon bærer samarbeidet, både for å forebygge problemer og for å løse dem. I praksis handler det om å snakke sammen jevnlig og ordentlig, slik at alle kommer til ordet med sitt eget språk. Det handler også om å snakke om hvordan dere snakker sammen, og om å fortelle omgivelsene hva dere holder på med.',
      prompt: 'Snakker dere nok sammen – med hverandre og med folk rundt dere?',
      statements: [
        {
          id: 'kommunikasjon-1',
          text: 'Vi snakker sammen jevnlig, ikke bare når noe haster.',
          values: ['ledelse'],
          source: '000:1516-1518; 001:4449-4451',
        },
        {
          id: 'kommunikasjon-2',
          text: 'Vi tar opp uenigheter og snakker om dem, selv om vi ikke alltid blir enige.',
          values: ['apenhet'],
          source: '001:3676; 000:1507-1510',
        },
        {
          id: 'kommunikasjon-3',
          text: 'Vi snakker et språk alle forstår, uten byråkratisk eller faglig sjargong.',
          values: ['demokrati'],
          source: '000:1516-1520; 002:2554-2558',
        },
        {
          id: 'kommunikasjon-4',
          text: 'Vi snakker av og til om hvordan vi snakker sammen.',
          values: ['apenhet', 'ledelse'],
          source: '000:1512-1514; 001:3660-3661',
        },
        {
          id: 'kommunikasjon-5',
          text: 'Alle føler seg trygge nok til å dele ideer, bekymringer og håp i gruppen.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1520-1528; 001:3693-3698',
        },
        {
          id: 'kommunikasjon-6',
          text: 'Viktig informasjon når fram til alle parter, ikke bare til noen få.',
          values: ['demokrati', 'apenhet'],
          source: '001:3678-3679; 001:5072',
        },
        {
          id: 'kommunikasjon-7',
          text: 'Vi forteller folk utenfor samarbeidet hva vi holder på med og hvorfor.',
          values: ['apenhet'],
          source: '000:1549-1557; 000:1885-1889',
        },
      ],
    },
    {
      id: 'forankring',
      name: 'Forankring',
      description:
        'Forankring gir stabilitet når arbeidet skaper endring og usikkerhet. Arbeidet må forankres «ut» og «ned» hos dem det skal hjelpe og hos samarbeidspartnerne, og «fortøyes» oppover i vedtak, budsjetter, planer og hos ledere. Glem ikke støtten fra dem som tar seg av det administrative – mangel på slik støtte er en av de vanligste grunnene til at samarbeid mislykkes.',
      prompt:
        'Er arbeidet forankret hos dem som kjenner problemet i eget liv – og fortøyd helt opp i ledelsen og hos politikerne?',
      statements: [
        {
          id: 'forankring-1',
          text: 'Arbeidet bygger på de ønskene og behovene som de det gjelder, selv har satt ord på.',
          values: ['demokrati'],
          source: '001:3749-3752; 000:1903-1904',
        },
        {
          id: 'forankring-2',
          text: 'De det gjelder, er med både når vi planlegger og når vi gjennomfører.',
          values: ['demokrati'],
          source: '000:1600-1601; 001:3750-3752',
        },
        {
          id: 'forankring-3',
          text: 'Arbeidet har støtte på tvers av avdelinger og etater, ikke bare hos oss som er med.',
          values: ['ledelse'],
          source: '002:2362-2372',
        },
        {
          id: 'forankring-4',
          text: 'Arbeidet har støtte i politiske vedtak, budsjetter eller planer.',
          values: ['ledelse'],
          source: '000:1604-1609; 001:3753-3756',
        },
        {
          id: 'forankring-5',
          text: 'Ledere høyere opp i organisasjonene våre støtter arbeidet personlig.',
          values: ['ledelse'],
          source: '000:1609-1615; 001:4968-4969',
        },
        {
          id: 'forankring-6',
          text: 'Vi orienterer toppledelsen og politikerne jevnlig om hvordan det går.',
          values: ['apenhet', 'ledelse'],
          source: '000:1906-1912; 001:4965-4966',
        },
        {
          id: 'forankring-7',
          text: 'Vi får den administrative hjelpen vi trenger fra organisasjonene vi kommer fra.',
          values: ['ledelse'],
          source: '000:1626-1635',
        },
        {
          id: 'forankring-8',
          text: 'Arbeidet har støtte i lokalsamfunnet, for eksempel i foreninger og næringsliv.',
          values: ['apenhet'],
          source: '000:1903-1906; 001:4467-4470',
        },
        {
          id: 'forankring-9',
          text: 'Vi feirer det som går bra, også små framskritt.',
          values: ['ledelse'],
          source: '002:2424-2432',
        },
      ],
    },
    {
      id: 'tilrettelegging',
      name: 'Tilrettelegging',
      description:
        'Likeverd, felles mål, god kommunikasjon og forankring skjer ikke av seg selv – god vilje er ikke nok. Å legge til rette betyr å gjøre samarbeidet så lett som mulig for alle og å involvere alle som berøres. Det gjelder både faste møter og gode rutiner og de små praktiske detaljene som får folk til å føle seg sett. Dette er ledelsesverdiens handlingsfelt.',
      prompt: 'Hva gjør det lettere – eller vanskeligere – for hver enkelt av dere å delta i samarbeidet?',
      statements: [
        {
          id: 'tilrettelegging-1',
          text: 'Noen av oss har et tydelig ansvar for å legge til rette for samarbeidet.',
          values: ['ledelse'],
          source: '000:1639-1644; 002:2585-2589',
        },
        {
          id: 'tilrettelegging-2',
          text: 'Sakene er forberedt, slik at alle kan tenke gjennom dem før vi bestemmer noe.',
          values: ['demokrati', 'ledelse'],
          source: '000:1655-1659; 001:5043-5044',
        },
        {
          id: 'tilrettelegging-3',
          text: 'Det vi blir enige om, skrives ned og er lett å finne igjen for alle.',
          values: ['apenhet', 'ledelse'],
          source: '000:1657-1659; 002:2627-2629',
        },
        {
          id: 'tilrettelegging-4',
          text: 'Vi har faste møtetider og rutiner som passer for alle parter.',
          values: ['demokrati', 'ledelse'],
          source: '000:1661-1664; 001:3804-3806',
        },
        {
          id: 'tilrettelegging-5',
          text: 'Praktiske ting som rom, mat og parkering er ordnet, så alle føler seg velkomne.',
          values: ['ledelse'],
          source: '001:3784-3788',
        },
        {
          id: 'tilrettelegging-6',
          text: 'Vi møtes av og til der tjenestene foregår i praksis.',
          values: ['kreativitet'],
          source: '000:1669-1674; 001:3795-3797',
        },
        {
          id: 'tilrettelegging-7',
          text: 'Vi har laget de praktiske rammene for samarbeidet sammen, for eksempel møteplanen.',
          values: ['demokrati'],
          source: '000:1675-1678; 002:2607-2609',
        },
        {
          id: 'tilrettelegging-8',
          text: 'Vi tilrettelegger for den enkelte, for eksempel med skyss, barnevakt eller hjelp med språket.',
          values: ['demokrati'],
          source: '000:1694-1701; 002:2545-2551',
        },
        {
          id: 'tilrettelegging-9',
          text: 'Det er rom for uformell kontakt, for eksempel rundt et måltid.',
          values: ['apenhet'],
          source: '000:1659-1661; 002:2517-2521',
        },
      ],
    },
    {
      id: 'ressursfokus',
      name: 'Å arbeide med ressursfokus',
      description:
        'Se framover og utover: Begynn med ressurser og muligheter, og ta hindringene etterpå. Det skjer ingen fornyelse i å klage over fortiden, mimre om gamle suksesser eller bekymre seg for framtiden. Samskaping bygger på innbyggernes ressurser, ikke på problemene deres.',
      prompt: 'Hvis dere snur problemene helt rundt – hvilke muligheter ser dere da?',
      statements: [
        {
          id: 'ressursfokus-1',
          text: 'Vi ser først på muligheter og ressurser, og tar hindringene etterpå.',
          values: ['kreativitet'],
          source: '000:1709-1719; 001:3823-3827',
        },
        {
          id: 'ressursfokus-2',
          text: 'Vi legger mer vekt på det vi vil få til, enn på det som har gått galt.',
          values: ['kreativitet'],
          source: '000:1723-1730; 000:1740-1744',
        },
        {
          id: 'ressursfokus-3',
          text: 'Vi har beskrevet helt konkret hvordan framtiden ser ut når vi lykkes.',
          values: ['kreativitet'],
          source: '000:1914-1920',
        },
        {
          id: 'ressursfokus-4',
          text: 'Vi ser de det gjelder som folk med ressurser, ikke som problemer.',
          values: ['demokrati', 'ledelse'],
          source: '001:3827-3828; 001:3547-3548',
        },
        {
          id: 'ressursfokus-5',
          text: 'Når vi møter et problem, snur vi det rundt og leter etter mulighetene.',
          values: ['kreativitet'],
          source: '000:1914-1916',
        },
        {
          id: 'ressursfokus-6',
          text: 'Vi leter etter ressurser utenfor de vante kretsene våre.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1922-1926',
        },
        {
          id: 'ressursfokus-7',
          text: 'Vi prøver å komme i forkant i stedet for bare å slokke branner.',
          values: ['kreativitet'],
          source: '001:3843-3845',
        },
        {
          id: 'ressursfokus-8',
          text: 'Kunnskapen til de det gjelder, tas i bruk når vi planlegger, gjennomfører og vurderer løsninger.',
          values: ['demokrati'],
          source: '001:4526-4531',
        },
      ],
    },
    {
      id: 'kompetansekomplementaritet',
      name: 'Kompetansekomplementaritet',
      description:
        'Her handler det om å arbeide med flere typer kompetanse samtidig – og om å lære sammen. Fagkunnskap er viktig, men den er ikke den eneste kunnskapen som teller: Livserfaring, evner og ferdigheter hos alle deltakerne er også verdifulle. Et godt samarbeid blir et fellesskap som lærer, og som også snakker om holdninger og vilje til å endre seg.',
      prompt: 'Når lette dere sist etter ny, overraskende kompetanse som kan utfylle deres egen?',
      statements: [
        {
          id: 'kompetansekomplementaritet-1',
          text: 'Vi utfyller hverandre fordi vi har ulik kunnskap og erfaring.',
          values: ['kreativitet'],
          source: '001:4980; 001:3849-3854',
        },
        {
          id: 'kompetansekomplementaritet-2',
          text: 'Livserfaringen til de det gjelder, verdsettes like høyt som fagkunnskap.',
          values: ['demokrati'],
          source: '000:1212-1215; 001:3451-3454; 001:4541-4543',
        },
        {
          id: 'kompetansekomplementaritet-3',
          text: 'Fagfolkene blant oss setter kunnskapen sin i spill sammen med det de andre kan.',
          values: ['demokrati', 'kreativitet'],
          source: '000:1803-1809; 001:3888-3893',
        },
        {
          id: 'kompetansekomplementaritet-4',
          text: 'Vi er like nysgjerrige på å lære av innbyggerne som av andre fagfolk.',
          values: ['apenhet'],
          source: '001:3880-3886',
        },
        {
          id: 'kompetansekomplementaritet-5',
          text: 'Vi snakker åpent om hvor villige vi er til å endre måten vi jobber på.',
          values: ['apenhet'],
          source: '000:1830-1838; 002:2394-2396',
        },
        {
          id: 'kompetansekomplementaritet-6',
          text: 'Vi lar våre ulike måter å se problemet på, bli til en ny, felles forståelse.',
          values: ['kreativitet'],
          source: '001:3870-3878',
        },
        {
          id: 'kompetansekomplementaritet-7',
          text: 'Vi leter etter kunnskap og erfaring som mangler i gruppen vår.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1928-1931',
        },
        {
          id: 'kompetansekomplementaritet-8',
          text: 'Vi spør oss jevnlig: Hva har vi lært siden sist?',
          values: ['kreativitet'],
          source: '000:1840-1841; 000:1859-1862',
        },
        {
          id: 'kompetansekomplementaritet-9',
          text: 'Faglig uenighet håndterer vi gjennom samtale og felles læring.',
          values: ['ledelse'],
          source: '001:4543-4549',
        },
      ],
    },
  ],
  guidance: {
    intro: [
      'SAMSON er et verktøy for en samtale om samskapingen deres. Dere svarer på spørsmål om fire verdier og syv handlingsfelt og får en profil som viser hvor dere står. Skåren er et utgangspunkt for å snakke sammen – ikke en karakter.',
      'Svar sammen som gruppe, på én skjerm. Det dere er uenige om, er ofte det som er mest verdt å snakke om. Etter hvert utsagn kan dere skrive ned ideer til tiltak.',
      'Det finnes ingen oppskrift. Tilpass spørsmålene og tiltakene til deres egen lokale situasjon. Regn med omtrent 45–90 minutter for en gruppe.',
      'Ingenting forlater nettleseren. Svarene lagres bare på denne enheten, med mindre dere selv eksporterer dem.',
    ],
    weighting:
      'Først: Hvor viktig er åpenhet, demokrati, kreativitet og ledelse for samarbeidet deres? Svarene viser hva dere selv mener betyr mest, og danner bakgrunnen når dere ser på resultatene.',
    disagreement:
      'Er dere uenige om hva som betyr mest? Snakk om det før dere svarer. Ulike oppfatninger er verdt å få fram.',
    idea: 'Skriv ned ideer til tiltak som dere blir enige om. De kommer med i handlingsplanen og rapporten.',
    results:
      'Det grå feltet viser hvor viktig dere sa at dette er. Den fete linjen viser hvor dere står nå. Se etter temaer dere mener er viktige, men som får lav skår. Åpne et handlingsfelt for å se hvilke utsagn som trekker skåren opp eller ned.',
    compare: 'Hva har skjedd siden sist som kan forklare endringen? Hva har vi lært?',
    report:
      'Bruk rapporten til å planlegge og prioritere de neste tiltakene. Et tiltak som virket et annet sted, virker ikke nødvendigvis hos dere – vurder det opp mot deres egen situasjon.',
    repeat:
      'Kom tilbake etter en periode med samarbeid, og gjør vurderingen på nytt. Da ser dere hva som har endret seg.',
  },
};

export default instrument;
