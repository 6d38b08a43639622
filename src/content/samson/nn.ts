import { assemble, type InstrumentTexts } from './structure.js';
import collaboration from './collaboration.nn.js';

/** SAMSON 1.1 in Norwegian nynorsk. Statements are our own wording of the sub-themes in the seeds; tags and sources are in structure.ts. */
const texts: InstrumentTexts = {
  locale: 'nn',
  title: 'SAMSON – samskapingsverktøy for samarbeid',
  values: {
    apenhet: {
      name: 'Openheit',
      description:
        'Openheit tyder at vi tek imot det andre kan bidra med – erfaringar, kunnskap og ressursar – utan å kjenne oss truga. Det skal vere lov å seie uvanlege ting, kome med nye idear og stille spørsmål ved etablerte sanningar. Openheit handlar òg om å vise andre kva vi held på med, invitere til innspel utanfrå og vere tilgjengelege for kvarandre.',
      question: 'Kor viktig er openheit for samarbeidet vårt?',
    },
    demokrati: {
      name: 'Demokrati',
      description:
        'Demokrati handlar her ikkje om å røyste ved val, men om reell innverknad på korleis løysingane blir utforma og gjennomførte. Dei som løysinga skal skape eit betre liv for, skal ha like stor innverknad som alle andre. Livserfaring tel som kompetanse – ikkje i staden for fagkunnskap, men i tillegg til.',
      question: 'Kor viktig er demokrati for samarbeidet vårt?',
    },
    kreativitet: {
      name: 'Kreativitet',
      description:
        'Kreativitet tyder at vi grip etter det nye og nyttige, i staden for å gjere små justeringar av det vi alltid har gjort. Nye idear oppstår oftast i samtalar mellom folk som tenkjer ulikt. Det krev rom, lov og høve til å tenkje utanfor dei vante rutinane.',
      question: 'Kor viktig er kreativitet for samarbeidet vårt?',
    },
    ledelse: {
      name: 'Leiing',
      description:
        'Leiing er her ikkje først og fremst éin person, men det som held samarbeidet i gang. Det handlar om å leggje til rette, byggje tillit, handtere usemje og syte for at alle blir høyrde. Ingen part skal ha all makt – leiinga kan delast mellom oss.',
      question: 'Kor viktig er leiing for samarbeidet vårt?',
    },
  },
  fields: {
    likeverdighet: {
      name: 'Likeverd',
      description:
        'Likeverd er sjølve energifeltet i samskaping: Når partane møtest som likeverdige, deler dei kunnskap og ressursar, lærer av kvarandre og får til meir saman. Det krev tillit, og tillit tek tid. Gamle vanar – der kommunen bestemmer og frivillige ventar på tilskot og løyve – må utfordrast og bytast ut med ny praksis. Kommunen skal ikkje trekkje seg tilbake, men spele ei anna rolle.',
      prompt: 'Kvar opplever éin eller fleire av dykk at føresetnadene for likeverd ikkje heilt er til stades?',
      statements: {
        'likeverdighet-1': 'Kunnskap og ressursar går begge vegar mellom partane i samarbeidet.',
        'likeverdighet-2': 'Vi gir oss tid til å byggje tillit, sjølv om det går sakte.',
        'likeverdighet-10':
          'Dersom nokon fell tilbake til gamle vanar der kommunen bestemmer og dei andre tilpassar seg, tek vi det opp.',
        'likeverdighet-4': 'Vi arbeider som likeverdige partnarar, ikkje som éin som bestiller og andre som utfører.',
        'likeverdighet-5':
          'Vi møtest på nøytral grunn eller der innbyggjarane og dei frivillige høyrer heime, ikkje berre hjå kommunen.',
        'likeverdighet-11': 'Kommunen tek aktivt og synleg del i samarbeidet.',
        'likeverdighet-7': 'Vi tek dei viktige avgjerdene i fellesskap.',
        'likeverdighet-8': 'Innbyggjarar og frivillige har like store sjansar som fagfolka til å påverke løysingane.',
        'likeverdighet-12': 'Kvar av partane opplever at føresetnadene for likeverd er til stades.',
      },
    },
    'felles-mal': {
      name: 'Felles mål',
      description:
        'Det er vanskeleg å skape noko saman dersom partane dreg i kvar si retning. Ein visjon er ikkje eit slagord, men eit bilete av ei ønskt framtid som de lagar saman. Kvar part kan ha eigne delmål, men dei må ikkje skyggje over det felles målet. Måla kan endre seg undervegs når de lærer.',
      prompt: 'Har de eit felles bilete av kvar de skal saman – og sluttar alle seg til det?',
      statements: {
        'felles-mal-9': 'Vi har eit felles bilete av framtida vi vil skape.',
        'felles-mal-2': 'Visjonen vår er laga av oss saman, ikkje av éin part eller ein konsulent.',
        'felles-mal-10': 'Dersom kvar av oss vart spurd, ville alle ha skildra målet om lag likt.',
        'felles-mal-4': 'Vi minner kvarandre om det felles målet undervegs, ikkje berre i starten.',
        'felles-mal-5': 'Det er rom for at kvar part har eigne delmål ved sida av det felles målet.',
        'felles-mal-6': 'Samarbeidet byggjer på mål vi har saman, ikkje berre på måla til éin part.',
        'felles-mal-7': 'Måla våre er konkrete og lette å forstå for alle som er med.',
        'felles-mal-8': 'Vi justerer måla saman når vi har lært noko nytt.',
        'felles-mal-11': 'Eigarskapen til måla er brei, ikkje berre hjå nokre få av oss.',
      },
    },
    kommunikasjon: {
      name: 'Kommunikasjon',
      description:
        'Open og ærleg kommunikasjon er ryggrada i samarbeidet, både for å førebyggje problem og for å løyse dei. I praksis handlar det om å snakke saman jamleg og ordentleg, slik at alle kjem til orde med sitt eige språk. Det handlar òg om å snakke om korleis de snakkar saman, om å byggje eit felles «vi» i staden for «oss og dykk», og om å fortelje omgivnadene kva de held på med.',
      prompt: 'Snakkar de nok saman – med kvarandre og med folk rundt dykk?',
      statements: {
        'kommunikasjon-1': 'Vi snakkar saman jamleg, ikkje berre når noko hastar.',
        'kommunikasjon-2': 'Vi tek opp usemje og snakkar om ho, sjølv om vi ikkje alltid blir samde.',
        'kommunikasjon-3': 'Vi snakkar eit språk alle forstår, utan byråkratisk eller fagleg sjargong.',
        'kommunikasjon-8': 'Vi tek oss tid til å snakke om korleis vi snakkar saman.',
        'kommunikasjon-9': 'Når vi snakkar om samarbeidet, seier vi «vi» og ikkje «oss og dykk».',
        'kommunikasjon-10': 'Fagfolka blant oss held seg medvite tilbake og lyttar, så dei andre kjem til orde.',
        'kommunikasjon-7': 'Vi fortel folk utanfor samarbeidet kva vi held på med og kvifor.',
      },
    },
    forankring: {
      name: 'Forankring',
      description:
        'Forankring gir stabilitet når arbeidet skaper endring og uvisse. Arbeidet må forankrast «ut» og «ned» hjå dei det skal hjelpe og hjå samarbeidspartnarane, og «fortøyast» oppover i vedtak, budsjett, planar og hjå leiarar. Gløym ikkje støtta frå dei som tek seg av det administrative – mangel på slik støtte er ei av dei vanlegaste årsakene til at samarbeid mislukkast.',
      prompt:
        'Er arbeidet forankra hjå dei som kjenner problemet i sitt eige liv – og fortøydd heilt opp i leiinga og hjå politikarane?',
      statements: {
        'forankring-1': 'Arbeidet byggjer på det innbyggjarane det gjeld, sjølve seier at dei ønskjer og treng.',
        'forankring-10': 'Innbyggjarane arbeidet gjeld, er med og utformar løysingane.',
        'forankring-14': 'Kvar av organisasjonane som er med, står sjølv bak arbeidet.',
        'forankring-3': 'Arbeidet har støtte på tvers av avdelingar og etatar, ikkje berre hjå oss som er med.',
        'forankring-4': 'Arbeidet har støtte i politiske vedtak, budsjett eller planar.',
        'forankring-12': 'Leiinga i organisasjonane våre blir halden orientert om korleis det går.',
        'forankring-7': 'Vi får den administrative hjelpa vi treng frå organisasjonane vi kjem frå.',
        'forankring-8': 'Arbeidet har støtte i lokalsamfunnet, til dømes i lag, foreiningar og næringsliv.',
        'forankring-9': 'Vi feirar det som går bra, også små steg framover.',
      },
    },
    tilrettelegging: {
      name: 'Tilrettelegging',
      description:
        'Likeverd, felles mål, god kommunikasjon og forankring skjer ikkje av seg sjølv – god vilje er ikkje nok. Å leggje til rette tyder å gjere samarbeidet så lett som mogleg for alle og å involvere alle som blir råka. Det gjeld både faste møte og gode rutinar og dei små praktiske detaljane som får folk til å kjenne seg sette. Dette er handlingsfeltet til leiingsverdien.',
      prompt: 'Kva gjer det lettare – eller vanskelegare – for kvar einskild av dykk å vere med i samarbeidet?',
      statements: {
        'tilrettelegging-1': 'Nokre av oss har eit tydeleg ansvar for å leggje til rette for samarbeidet.',
        'tilrettelegging-2': 'Punkta på dagsordenen er førebudde, slik at alle kan tenkje gjennom dei før vi bestemmer noko.',
        'tilrettelegging-3': 'Det vi blir samde om, blir skrive ned og er lett å finne att for alle.',
        'tilrettelegging-10': 'Møta blir lagde til tider som passar for alle, også for dei som er med på fritida.',
        'tilrettelegging-5': 'Praktiske ting som rom, mat og parkering er ordna, så alle kjenner seg velkomne.',
        'tilrettelegging-11': 'Vi ser med eigne auge korleis tenestene går føre seg i praksis.',
        'tilrettelegging-7': 'Vi har laga dei praktiske rammene for samarbeidet saman, til dømes møteplanen.',
        'tilrettelegging-8': 'Vi legg til rette for den einskilde, til dømes med skyss, barnevakt eller hjelp med språket.',
        'tilrettelegging-9': 'Det er rom for uformell kontakt, til dømes rundt eit måltid.',
      },
    },
    ressursfokus: {
      name: 'Ressursfokus',
      description:
        'Sjå framover og utover: Byrj med ressursar og moglegheiter, og ta hindringane etterpå. Det skjer inga fornying i å klage over fortida, mimre om gamle suksessar eller uroe seg for framtida. Samskaping byggjer på ressursane til innbyggjarane, ikkje på problema deira.',
      prompt: 'Dersom de snur problema heilt rundt – kva moglegheiter ser de då?',
      statements: {
        'ressursfokus-1': 'Vi ser først på moglegheiter og ressursar, og tek hindringane etterpå.',
        'ressursfokus-2': 'Vi legg meir vekt på det vi vil få til, enn på det som har gått gale.',
        'ressursfokus-9': 'Vi kan skildre heilt konkret korleis framtida ser ut når vi lukkast.',
        'ressursfokus-10': 'I samarbeidet blir alle sette som folk med ressursar, ikkje som problem.',
        'ressursfokus-11': 'Vi brukar nettverka våre til å sjå problemet frå fleire sider.',
        'ressursfokus-6': 'Vi leitar etter ressursar utanfor dei vante krinsane våre.',
        'ressursfokus-7': 'Vi prøver å kome i forkant i staden for berre å sløkkje brannar.',
        'ressursfokus-12': 'Innbyggjarane arbeidet gjeld, er med og vurderer om løysingane verkar.',
      },
    },
    kompetansekomplementaritet: {
      name: 'Fleire kompetansar samstundes',
      description:
        'Her handlar det om å arbeide med fleire typar kompetanse samstundes – og om å lære saman. Fagkunnskap er viktig, men han er ikkje den einaste kunnskapen som tel: Livserfaring, evner og dugleikar hjå alle deltakarane er òg verdfulle. Eit godt samarbeid blir eit fellesskap som lærer, og som òg snakkar om haldningar og vilje til å endre seg.',
      prompt: 'Når leita de sist etter ny, overraskande kompetanse som kan utfylle dykkar eigen?',
      statements: {
        'kompetansekomplementaritet-1': 'Vi utfyller kvarandre fordi vi har ulik kunnskap og erfaring.',
        'kompetansekomplementaritet-2': 'I samarbeidet tel livserfaring like mykje som fagkunnskap.',
        'kompetansekomplementaritet-3': 'Fagfolka blant oss set kunnskapen sin i spel saman med det dei andre kan.',
        'kompetansekomplementaritet-10':
          'Fagfolka blant oss lærer like gjerne av erfaringane til innbyggjarane som av kvarandre.',
        'kompetansekomplementaritet-5': 'Vi snakkar ope om kor villige vi er til å endre måten vi arbeider på.',
        'kompetansekomplementaritet-6': 'Når vi ser problemet ulikt, brukar vi det til å finne ei ny, felles forståing.',
        'kompetansekomplementaritet-7': 'Vi leitar etter kunnskap og erfaring som manglar i gruppa vår.',
        'kompetansekomplementaritet-8': 'Vi spør kvarandre jamleg: Kva har vi lært sidan sist?',
        'kompetansekomplementaritet-11': 'Når vi er fagleg usamde, blir det til læring for oss alle.',
      },
    },
  },
  guidance: {
    intro: [
      'SAMSON er eit verktøy for ein samtale om samskapinga dykkar. De svarar på spørsmål om fire verdiar og sju handlingsfelt og får ein profil som viser kvar de står. Skåren er eit utgangspunkt for å snakke saman – ikkje ein karakter.',
      'Svar saman som gruppe, på éin skjerm, og la alle som er med – tilsette, frivillige og innbyggjarar – kome til orde. Det de er usamde om, er ofte det som er mest verdt å snakke om. Etter kvart utsegn kan de skrive ned idear til tiltak.',
      'Det finst inga oppskrift. Tilpass spørsmåla og tiltaka til den lokale situasjonen dykkar. Rekn med to til tre møte, med to eller tre handlingsfelt per møte.',
      'Ingenting forlèt nettlesaren. Svara blir berre lagra på denne eininga, med mindre de sjølve eksporterer dei.',
    ],
    weighting:
      'Først: Kva betyr mest for samarbeidet dykkar – openheit, demokrati, kreativitet eller leiing? Del ut 20 poeng mellom dei fire verdiane. Den verdien som får flest poeng, blir den viktigaste i profilen. Poenga endrar aldri skåren, dei viser berre kva de sjølve meiner betyr mest.',
    points:
      'De har 20 poeng å dele ut. Gir de éin verdi fleire poeng, får ein annan færre – slik viser vektinga kva som betyr mest for dykk.',
    disagreement: 'Er de usamde om kva som betyr mest? Snakk om det før de svarar. Ulike oppfatningar er verdt å få fram.',
    idea: 'Skriv ned idear til tiltak som de blir samde om. Dei kjem med i handlingsplanen og rapporten.',
    results:
      'Det grå feltet viser kor viktig de har vurdert det. Den feite linja viser kvar de står no. Sjå etter tema de meiner er viktige, men som får låg skår. Opne eit handlingsfelt for å sjå kva utsegner som trekkjer skåren opp eller ned.',
    compare: 'Kva har skjedd sidan sist som kan forklare endringa? Kva har vi lært?',
    report:
      'Bruk rapporten til å planleggje og prioritere dei neste tiltaka. Eit tiltak som verka ein annan stad, verkar ikkje nødvendigvis hjå dykk – vurder det opp mot den situasjonen de sjølve står i.',
    repeat: 'Kom tilbake etter ein periode med samarbeid, og gjer vurderinga på nytt. Då ser de kva som har endra seg.',
    migrated:
      'Desse svara vart gitt til ei eldre utgåve av SAMSON. Nokre utsegner er endra i versjon 1.1. Svara på utsegner som er dei same, er tekne vare på. Det de svarte og skreiv på utsegner som er endra eller tekne ut, ligg under «Tidlegare svar».',
  },
  collaboration: collaboration,
};

export default assemble(texts);
