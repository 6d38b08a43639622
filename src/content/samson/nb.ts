import { assemble, type InstrumentTexts } from './structure.js';
import collaboration from './collaboration.nb.js';

/** SAMSON 1.1 in Norwegian bokmål, the source language. Statements are our own wording of the sub-themes in the seeds; tags and sources are in structure.ts. */
const texts: InstrumentTexts = {
  locale: 'nb',
  title: 'SAMSON – samskapingsverktøy for samarbeid',
  values: {
    apenhet: {
      name: 'Åpenhet',
      description:
        'Åpenhet betyr at vi tar imot det andre kan bidra med – erfaringer, kunnskap og ressurser – uten å føle oss truet. Det skal være lov å si uvanlige ting, foreslå nye ideer og stille spørsmål ved etablerte sannheter. Åpenhet handler også om å vise andre hva vi holder på med, invitere til innspill utenfra og være tilgjengelige for hverandre.',
      question: 'Hvor viktig er åpenhet for samarbeidet vårt?',
    },
    demokrati: {
      name: 'Demokrati',
      description:
        'Demokrati handler her ikke om å stemme ved valg, men om reell innflytelse på hvordan løsningene utformes og gjennomføres. De som løsningen skal skape et bedre liv for, skal ha like stor innflytelse som alle andre. Livserfaring teller som kompetanse – ikke i stedet for fagkunnskap, men i tillegg til.',
      question: 'Hvor viktig er demokrati for samarbeidet vårt?',
    },
    kreativitet: {
      name: 'Kreativitet',
      description:
        'Kreativitet betyr at vi griper etter det nye og nyttige, i stedet for å gjøre små justeringer av det vi alltid har gjort. Nye ideer oppstår oftest i samtaler mellom folk som tenker ulikt. Det krever rom, lov og anledning til å tenke utenfor de vante rutinene.',
      question: 'Hvor viktig er kreativitet for samarbeidet vårt?',
    },
    ledelse: {
      name: 'Ledelse',
      description:
        'Ledelse er her ikke først og fremst én person, men det som holder samarbeidet i gang. Det handler om å legge til rette, bygge tillit, håndtere uenighet og sørge for at alle blir hørt. Ingen part skal ha all makt – ledelsen kan deles mellom oss.',
      question: 'Hvor viktig er ledelse for samarbeidet vårt?',
    },
  },
  fields: {
    likeverdighet: {
      name: 'Likeverd',
      description:
        'Likeverd er selve energifeltet i samskaping: Når partene møtes som likeverdige, deler de kunnskap og ressurser, lærer av hverandre og får til mer sammen. Det krever tillit, og tillit tar tid. Gamle vaner – der kommunen bestemmer og frivillige venter på tilskudd og tillatelser – må utfordres og erstattes av ny praksis. Kommunen skal ikke trekke seg tilbake, men spille en annen rolle.',
      prompt: 'Hvor opplever én eller flere av dere at forutsetningene for likeverd ikke helt er til stede?',
      statements: {
        'likeverdighet-1': 'Kunnskap og ressurser går begge veier mellom partene i samarbeidet.',
        'likeverdighet-2': 'Vi gir oss tid til å bygge tillit, selv om det går sakte.',
        'likeverdighet-10':
          'Hvis noen faller tilbake til gamle vaner der kommunen bestemmer og de andre tilpasser seg, tar vi det opp.',
        'likeverdighet-4': 'Vi jobber som likeverdige partnere, ikke som én som bestiller og andre som utfører.',
        'likeverdighet-5':
          'Vi møtes på nøytral grunn eller der innbyggerne og de frivillige hører hjemme, ikke bare hos kommunen.',
        'likeverdighet-11': 'Kommunen deltar aktivt og synlig i samarbeidet.',
        'likeverdighet-7': 'Vi tar de viktige beslutningene i fellesskap.',
        'likeverdighet-8': 'Innbyggere og frivillige har like store muligheter som fagfolkene til å påvirke løsningene.',
        'likeverdighet-12': 'Hver av partene opplever at forutsetningene for likeverd er til stede.',
      },
    },
    'felles-mal': {
      name: 'Felles mål',
      description:
        'Det er vanskelig å skape noe sammen hvis partene drar i hver sin retning. En visjon er ikke et slagord, men et bilde av en ønsket framtid som dere lager sammen. Hver part kan ha egne delmål, men de må ikke overskygge det felles målet. Målene kan endre seg underveis når dere lærer.',
      prompt: 'Har dere et felles bilde av hvor dere skal sammen – og slutter alle seg til det?',
      statements: {
        'felles-mal-9': 'Vi har et felles bilde av framtiden vi vil skape.',
        'felles-mal-2': 'Visjonen vår er laget av oss sammen, ikke av én part eller en konsulent.',
        'felles-mal-10': 'Hvis hver av oss ble spurt, ville alle beskrevet målet omtrent likt.',
        'felles-mal-4': 'Vi minner hverandre om det felles målet underveis, ikke bare i starten.',
        'felles-mal-5': 'Det er rom for at hver part har egne delmål ved siden av det felles målet.',
        'felles-mal-6': 'Samarbeidet bygger på mål vi har sammen, ikke bare på målene til én part.',
        'felles-mal-7': 'Målene våre er konkrete og lette å forstå for alle som er med.',
        'felles-mal-8': 'Vi justerer målene sammen når vi har lært noe nytt.',
        'felles-mal-11': 'Eierskapet til målene er bredt, ikke bare hos noen få av oss.',
      },
    },
    kommunikasjon: {
      name: 'Kommunikasjon',
      description:
        'Åpen og ærlig kommunikasjon er ryggraden i samarbeidet, både for å forebygge problemer og for å løse dem. I praksis handler det om å snakke sammen jevnlig og ordentlig, slik at alle kommer til ordet med sitt eget språk. Det handler også om å snakke om hvordan dere snakker sammen, om å bygge et felles «vi» i stedet for «oss og dere», og om å fortelle omgivelsene hva dere holder på med.',
      prompt: 'Snakker dere nok sammen – med hverandre og med folk rundt dere?',
      statements: {
        'kommunikasjon-1': 'Vi snakker sammen jevnlig, ikke bare når noe haster.',
        'kommunikasjon-2': 'Vi tar opp uenigheter og snakker om dem, selv om vi ikke alltid blir enige.',
        'kommunikasjon-3': 'Vi snakker et språk alle forstår, uten byråkratisk eller faglig sjargong.',
        'kommunikasjon-8': 'Vi tar oss tid til å snakke om hvordan vi snakker sammen.',
        'kommunikasjon-9': 'Når vi snakker om samarbeidet, sier vi «vi» og ikke «oss og dere».',
        'kommunikasjon-10': 'Fagfolkene blant oss holder seg bevisst tilbake og lytter, så de andre kommer til orde.',
        'kommunikasjon-7': 'Vi forteller folk utenfor samarbeidet hva vi holder på med og hvorfor.',
      },
    },
    forankring: {
      name: 'Forankring',
      description:
        'Forankring gir stabilitet når arbeidet skaper endring og usikkerhet. Arbeidet må forankres «ut» og «ned» hos dem det skal hjelpe og hos samarbeidspartnerne, og «fortøyes» oppover i vedtak, budsjetter, planer og hos ledere. Glem ikke støtten fra dem som tar seg av det administrative – mangel på slik støtte er en av de vanligste grunnene til at samarbeid mislykkes.',
      prompt:
        'Er arbeidet forankret hos dem som kjenner problemet i eget liv – og fortøyd helt opp i ledelsen og hos politikerne?',
      statements: {
        'forankring-1': 'Arbeidet bygger på det innbyggerne det gjelder, selv sier at de ønsker og trenger.',
        'forankring-10': 'Innbyggerne arbeidet gjelder, er med og utformer løsningene.',
        'forankring-14': 'Hver av organisasjonene som er med, står selv bak arbeidet.',
        'forankring-3': 'Arbeidet har støtte på tvers av avdelinger og etater, ikke bare hos oss som er med.',
        'forankring-4': 'Arbeidet har støtte i politiske vedtak, budsjetter eller planer.',
        'forankring-12': 'Ledelsen i organisasjonene våre blir holdt orientert om hvordan det går.',
        'forankring-7': 'Vi får den administrative hjelpen vi trenger fra organisasjonene vi kommer fra.',
        'forankring-8': 'Arbeidet har støtte i lokalsamfunnet, for eksempel i foreninger og næringsliv.',
        'forankring-9': 'Vi feirer det som går bra, også små framskritt.',
      },
    },
    tilrettelegging: {
      name: 'Tilrettelegging',
      description:
        'Likeverd, felles mål, god kommunikasjon og forankring skjer ikke av seg selv – god vilje er ikke nok. Å legge til rette betyr å gjøre samarbeidet så lett som mulig for alle og å involvere alle som berøres. Det gjelder både faste møter og gode rutiner og de små praktiske detaljene som får folk til å føle seg sett. Dette er ledelsesverdiens handlingsfelt.',
      prompt: 'Hva gjør det lettere – eller vanskeligere – for hver enkelt av dere å delta i samarbeidet?',
      statements: {
        'tilrettelegging-1': 'Noen av oss har et tydelig ansvar for å legge til rette for samarbeidet.',
        'tilrettelegging-2': 'Punktene på dagsordenen er forberedt, slik at alle kan tenke gjennom dem før vi bestemmer noe.',
        'tilrettelegging-3': 'Det vi blir enige om, skrives ned og er lett å finne igjen for alle.',
        'tilrettelegging-10': 'Møtene legges til tider som passer for alle, også for dem som deltar på fritiden.',
        'tilrettelegging-5': 'Praktiske ting som rom, mat og parkering er ordnet, så alle føler seg velkomne.',
        'tilrettelegging-11': 'Vi ser med egne øyne hvordan tjenestene foregår i praksis.',
        'tilrettelegging-7': 'Vi har laget de praktiske rammene for samarbeidet sammen, for eksempel møteplanen.',
        'tilrettelegging-8': 'Vi tilrettelegger for den enkelte, for eksempel med skyss, barnevakt eller hjelp med språket.',
        'tilrettelegging-9': 'Det er rom for uformell kontakt, for eksempel rundt et måltid.',
      },
    },
    ressursfokus: {
      name: 'Ressursfokus',
      description:
        'Se framover og utover: Begynn med ressurser og muligheter, og ta hindringene etterpå. Det skjer ingen fornyelse i å klage over fortiden, mimre om gamle suksesser eller bekymre seg for framtiden. Samskaping bygger på innbyggernes ressurser, ikke på problemene deres.',
      prompt: 'Hvis dere snur problemene helt rundt – hvilke muligheter ser dere da?',
      statements: {
        'ressursfokus-1': 'Vi ser først på muligheter og ressurser, og tar hindringene etterpå.',
        'ressursfokus-2': 'Vi legger mer vekt på det vi vil få til, enn på det som har gått galt.',
        'ressursfokus-9': 'Vi kan beskrive helt konkret hvordan framtiden ser ut når vi lykkes.',
        'ressursfokus-10': 'I samarbeidet blir alle sett som folk med ressurser, ikke som problemer.',
        'ressursfokus-11': 'Vi bruker nettverkene våre til å se problemet fra flere sider.',
        'ressursfokus-6': 'Vi leter etter ressurser utenfor de vante kretsene våre.',
        'ressursfokus-7': 'Vi prøver å komme i forkant i stedet for bare å slokke branner.',
        'ressursfokus-12': 'Innbyggerne arbeidet gjelder, er med og vurderer om løsningene virker.',
      },
    },
    kompetansekomplementaritet: {
      name: 'Flere kompetanser samtidig',
      description:
        'Her handler det om å arbeide med flere typer kompetanse samtidig – og om å lære sammen. Fagkunnskap er viktig, men den er ikke den eneste kunnskapen som teller: Livserfaring, evner og ferdigheter hos alle deltakerne er også verdifulle. Et godt samarbeid blir et fellesskap som lærer, og som også snakker om holdninger og vilje til å endre seg.',
      prompt: 'Når lette dere sist etter ny, overraskende kompetanse som kan utfylle deres egen?',
      statements: {
        'kompetansekomplementaritet-1': 'Vi utfyller hverandre fordi vi har ulik kunnskap og erfaring.',
        'kompetansekomplementaritet-2': 'I samarbeidet teller livserfaring like mye som fagkunnskap.',
        'kompetansekomplementaritet-3': 'Fagfolkene blant oss setter kunnskapen sin i spill sammen med det de andre kan.',
        'kompetansekomplementaritet-10': 'Fagfolkene blant oss lærer like gjerne av innbyggernes erfaringer som av hverandre.',
        'kompetansekomplementaritet-5': 'Vi snakker åpent om hvor villige vi er til å endre måten vi jobber på.',
        'kompetansekomplementaritet-6': 'Når vi ser problemet ulikt, bruker vi det til å finne en ny, felles forståelse.',
        'kompetansekomplementaritet-7': 'Vi leter etter kunnskap og erfaring som mangler i gruppen vår.',
        'kompetansekomplementaritet-8': 'Vi spør hverandre jevnlig: Hva har vi lært siden sist?',
        'kompetansekomplementaritet-11': 'Når vi er faglig uenige, blir det til læring for oss alle.',
      },
    },
  },
  guidance: {
    intro: [
      'SAMSON er et verktøy for en samtale om samskapingen deres. Dere svarer på spørsmål om fire verdier og syv handlingsfelt og får en profil som viser hvor dere står. Skåren er et utgangspunkt for å snakke sammen – ikke en karakter.',
      'Svar sammen som gruppe, på én skjerm, og la alle som er med – ansatte, frivillige og innbyggere – komme til orde. Det dere er uenige om, er ofte det som er mest verdt å snakke om. Etter hvert utsagn kan dere skrive ned ideer til tiltak.',
      'Det finnes ingen oppskrift. Tilpass spørsmålene og tiltakene til deres egen lokale situasjon. Regn med to til tre møter, med to eller tre handlingsfelt per møte.',
      'Ingenting forlater nettleseren. Svarene lagres bare på denne enheten, med mindre dere selv eksporterer dem.',
    ],
    weighting:
      'Først: Hva betyr mest for samarbeidet deres – åpenhet, demokrati, kreativitet eller ledelse? Del ut 20 poeng mellom de fire verdiene. Den verdien som får flest poeng, blir den viktigste i profilen. Poengene endrer aldri skåren, de viser bare hva dere selv mener betyr mest.',
    disagreement: 'Er dere uenige om hva som betyr mest? Snakk om det før dere svarer. Ulike oppfatninger er verdt å få fram.',
    idea: 'Skriv ned ideer til tiltak som dere blir enige om. De kommer med i handlingsplanen og rapporten.',
    results:
      'Det grå feltet viser hvor viktig dere har vurdert det. Den fete linjen viser hvor dere står nå. Se etter temaer dere mener er viktige, men som får lav skår. Åpne et handlingsfelt for å se hvilke utsagn som trekker skåren opp eller ned.',
    compare: 'Hva har skjedd siden sist som kan forklare endringen? Hva har vi lært?',
    report:
      'Bruk rapporten til å planlegge og prioritere de neste tiltakene. Et tiltak som virket et annet sted, virker ikke nødvendigvis hos dere – vurder det opp mot deres egen situasjon.',
    repeat: 'Kom tilbake etter en periode med samarbeid, og gjør vurderingen på nytt. Da ser dere hva som har endret seg.',
    points:
      'Dere har 20 poeng å dele ut. Gir dere én verdi flere poeng, får en annen færre – slik viser vekten hva som betyr mest for dere.',
    migrated:
      'Disse svarene ble gitt til en eldre utgave av SAMSON. Noen utsagn er endret i versjon 1.1. Svarene på utsagn som er de samme, er beholdt. Det dere svarte og skrev på utsagn som er endret eller tatt ut, er tatt vare på under «Tidligere svar».',
  },
  collaboration: collaboration,
};

export default assemble(texts);
