import { assemble, type InstrumentTexts } from './structure.js';
import collaboration from './collaboration.da.js';

/** SAMSON 1.1 in Danish. Statements are our own wording of the sub-themes in the seeds; tags and sources are in structure.ts. */
const texts: InstrumentTexts = {
  locale: 'da',
  title: 'SAMSON – værktøj til samskabelse',
  values: {
    apenhet: {
      name: 'Åbenhed',
      description:
        'Åbenhed betyder, at vi tager imod det, andre kan bidrage med – erfaringer, viden og ressourcer – uden at føle os truet. Det skal være tilladt at sige usædvanlige ting, foreslå nye idéer og stille spørgsmål ved etablerede sandheder. Åbenhed handler også om at vise andre, hvad vi laver, invitere til input udefra og være tilgængelige for hinanden.',
      question: 'Hvor vigtig er åbenhed for vores samarbejde?',
    },
    demokrati: {
      name: 'Demokrati',
      description:
        'Demokrati handler her ikke om at stemme ved valg, men om reel indflydelse på, hvordan løsningerne udformes og gennemføres. De mennesker, som løsningen skal skabe et bedre liv for, skal have lige så stor indflydelse som alle andre. Livserfaring tæller som kompetence – ikke i stedet for faglig viden, men som et supplement til den.',
      question: 'Hvor vigtigt er demokrati for vores samarbejde?',
    },
    kreativitet: {
      name: 'Kreativitet',
      description:
        'Kreativitet betyder, at vi søger det nye og nyttige i stedet for blot at justere det, vi altid har gjort. Nye idéer opstår oftest i samtaler mellem mennesker, der tænker forskelligt. Det kræver plads, lov og lejlighed til at tænke ud over de vante rutiner.',
      question: 'Hvor vigtig er kreativitet for vores samarbejde?',
    },
    ledelse: {
      name: 'Ledelse',
      description:
        'Ledelse er her ikke først og fremmest én person, men det, der holder samarbejdet i gang. Det handler om at tilrettelægge, opbygge tillid, håndtere uenighed og sørge for, at alle bliver hørt. Ingen part skal have al magten – ledelsen kan deles mellem os.',
      question: 'Hvor vigtig er ledelse for vores samarbejde?',
    },
  },
  fields: {
    likeverdighet: {
      name: 'Ligeværdighed',
      description:
        'Ligeværdighed er selve energifeltet i samskabelse: Når parterne mødes som ligeværdige, deler de viden og ressourcer, lærer af hinanden og får mere ud af det sammen. Det kræver tillid, og tillid tager tid. Gamle vaner – hvor kommunen bestemmer, og frivillige venter på tilskud og tilladelser – skal udfordres og afløses af ny praksis. Kommunen skal ikke trække sig tilbage, men spille en anden rolle.',
      prompt: 'Hvor oplever én eller flere af jer, at forudsætningerne for ligeværdighed ikke helt er til stede?',
      statements: {
        'likeverdighet-1': 'Viden og ressourcer går begge veje mellem parterne i samarbejdet.',
        'likeverdighet-2': 'Vi giver os tid til at opbygge tillid, også selvom det går langsomt.',
        'likeverdighet-10':
          'Hvis nogen falder tilbage i gamle vaner, hvor kommunen bestemmer, og de andre retter ind, tager vi det op.',
        'likeverdighet-4': 'Vi arbejder som ligeværdige partnere – ikke som én, der bestiller, og andre, der udfører.',
        'likeverdighet-5':
          'Vi mødes på neutral grund eller dér, hvor borgerne og de frivillige hører hjemme – ikke kun hos kommunen.',
        'likeverdighet-11': 'Kommunen deltager aktivt og synligt i samarbejdet.',
        'likeverdighet-7': 'Vi træffer de vigtige beslutninger i fællesskab.',
        'likeverdighet-8': 'Borgere og frivillige har lige så gode muligheder som fagfolkene for at påvirke løsningerne.',
        'likeverdighet-12': 'Hver af parterne oplever, at forudsætningerne for ligeværdighed er til stede.',
      },
    },
    'felles-mal': {
      name: 'Fælles mål',
      description:
        'Det er svært at skabe noget sammen, hvis parterne trækker i hver sin retning. En vision er ikke et slogan, men et billede af en ønsket fremtid, som I skaber sammen. Hver part kan have sine egne delmål, men de må ikke overskygge det fælles mål. Målene kan ændre sig undervejs, efterhånden som I lærer.',
      prompt: 'Har I et fælles billede af, hvor I vil hen sammen – og står alle bag det?',
      statements: {
        'felles-mal-9': 'Vi har et fælles billede af den fremtid, vi vil skabe.',
        'felles-mal-2': 'Vores vision er skabt af os i fællesskab – ikke af én part eller en konsulent.',
        'felles-mal-10': 'Hvis hver af os blev spurgt, ville alle beskrive målet nogenlunde ens.',
        'felles-mal-4': 'Vi minder hinanden om det fælles mål undervejs, ikke kun i starten.',
        'felles-mal-5': 'Der er plads til, at hver part har sine egne delmål ved siden af det fælles mål.',
        'felles-mal-6': 'Samarbejdet bygger på mål, vi har sammen, ikke kun på én parts mål.',
        'felles-mal-7': 'Vores mål er konkrete og lette at forstå for alle, der er med.',
        'felles-mal-8': 'Vi justerer målene sammen, når vi har lært noget nyt.',
        'felles-mal-11': 'Ejerskabet til målene er bredt – ikke kun hos nogle få af os.',
      },
    },
    kommunikasjon: {
      name: 'Kommunikation',
      description:
        'Åben og ærlig kommunikation er rygraden i samarbejdet – både for at forebygge problemer og for at løse dem. I praksis handler det om at tale sammen jævnligt og ordentligt, så alle kommer til orde med deres eget sprog. Det handler også om at tale om, hvordan I taler sammen, om at skabe et fælles »vi« i stedet for »os og jer«, og om at fortælle omverdenen, hvad I laver.',
      prompt: 'Taler I nok sammen – med hinanden og med folk omkring jer?',
      statements: {
        'kommunikasjon-1': 'Vi taler sammen jævnligt, ikke kun når noget haster.',
        'kommunikasjon-2': 'Vi tager uenigheder op og taler om dem, også selvom vi ikke altid bliver enige.',
        'kommunikasjon-3': 'Vi taler, så alle kan forstå os – uden kancellisprog eller fagjargon.',
        'kommunikasjon-8': 'Vi tager os tid til at tale om, hvordan vi taler sammen.',
        'kommunikasjon-9': 'Når vi taler om samarbejdet, siger vi »vi« og ikke »os og jer«.',
        'kommunikasjon-10': 'Fagfolkene blandt os holder sig bevidst tilbage og lytter, så de andre kommer til orde.',
        'kommunikasjon-7': 'Vi fortæller folk uden for samarbejdet, hvad vi laver, og hvorfor.',
      },
    },
    forankring: {
      name: 'Forankring',
      description:
        'Forankring giver stabilitet, når arbejdet skaber forandring og usikkerhed. Arbejdet skal forankres »ud« og »ned« hos dem, det skal hjælpe, og hos samarbejdspartnerne, og »fortøjes« opad i beslutninger, budgetter, planer og hos ledere. Glem ikke støtten fra dem, der tager sig af det administrative – mangel på den er en af de hyppigste årsager til, at samarbejder mislykkes.',
      prompt:
        'Er arbejdet forankret hos dem, der kender problemet fra deres eget liv – og fortøjet helt op i ledelsen og hos politikerne?',
      statements: {
        'forankring-1': 'Arbejdet bygger på det, som de berørte borgere selv siger, at de ønsker og har brug for.',
        'forankring-10': 'De borgere, arbejdet handler om, er med til at udforme løsningerne.',
        'forankring-14': 'Hver af de organisationer, der er med, står selv bag arbejdet.',
        'forankring-3': 'Arbejdet har opbakning på tværs af afdelinger og forvaltninger, ikke kun hos os, der er med.',
        'forankring-4': 'Arbejdet er sikret gennem politiske beslutninger, budgetter eller planer.',
        'forankring-12': 'Ledelsen i vores organisationer bliver holdt orienteret om, hvordan det går.',
        'forankring-7': 'Vi får den administrative hjælp, vi har brug for, fra de organisationer, vi kommer fra.',
        'forankring-8': 'Arbejdet har opbakning i lokalsamfundet, fx i foreninger og erhvervslivet.',
        'forankring-9': 'Vi fejrer det, der går godt – også små fremskridt.',
      },
    },
    tilrettelegging: {
      name: 'Tilrettelæggelse',
      description:
        'Ligeværdighed, fælles mål, god kommunikation og forankring kommer ikke af sig selv – god vilje er ikke nok. At tilrettelægge betyder at gøre samarbejdet så let som muligt for alle og at inddrage alle, der berøres. Det gælder både faste møder og gode rutiner og de små praktiske detaljer, der får folk til at føle sig set. Det er her, værdien ledelse bliver til handling.',
      prompt: 'Hvad gør det lettere – eller sværere – for hver enkelt af jer at deltage i samarbejdet?',
      statements: {
        'tilrettelegging-1': 'Nogle af os har et klart ansvar for at tilrettelægge samarbejdet.',
        'tilrettelegging-2': 'Punkterne på dagsordenen er forberedt, så alle kan nå at tænke over dem, før vi beslutter noget.',
        'tilrettelegging-3': 'Det, vi bliver enige om, bliver skrevet ned og er let at finde igen for alle.',
        'tilrettelegging-10': 'Møderne lægges på tidspunkter, der passer alle – også dem, der deltager i deres fritid.',
        'tilrettelegging-5': 'Praktiske ting som lokale, mad og parkering er på plads, så alle føler sig velkomne.',
        'tilrettelegging-11': 'Vi ser med egne øjne, hvordan tjenesterne foregår i praksis.',
        'tilrettelegging-7': 'Vi har fastlagt de praktiske rammer for samarbejdet i fællesskab, fx mødeplanen.',
        'tilrettelegging-8':
          'Vi tilpasser deltagelsen til den enkelte, fx med kørsel, børnepasning eller hjælp til sproget (fx tolk).',
        'tilrettelegging-9': 'Der er plads til uformel kontakt, fx over et måltid.',
      },
    },
    ressursfokus: {
      name: 'Ressourcefokus',
      description:
        'Se fremad og udad: Begynd med ressourcer og muligheder, og tag forhindringerne bagefter. Der opstår intet nyt af at beklage sig over fortiden, mindes gamle succeser eller bekymre sig om fremtiden. Samskabelse bygger på borgernes ressourcer, ikke på deres problemer.',
      prompt: 'Hvis I vender problemerne helt om – hvilke muligheder ser I så?',
      statements: {
        'ressursfokus-1': 'Vi ser først på muligheder og ressourcer og tager forhindringerne bagefter.',
        'ressursfokus-2': 'Vi lægger mere vægt på det, vi vil opnå, end på det, der er gået galt.',
        'ressursfokus-9': 'Vi kan beskrive helt konkret, hvordan fremtiden ser ud, når det lykkes for os.',
        'ressursfokus-10': 'I samarbejdet bliver alle set som mennesker med ressourcer, ikke som problemer.',
        'ressursfokus-11': 'Vi bruger vores netværk til at se problemet fra flere sider.',
        'ressursfokus-6': 'Vi leder efter ressourcer uden for vores vante kredse.',
        'ressursfokus-7': 'Vi forsøger at komme i forkøbet i stedet for kun at slukke brande.',
        'ressursfokus-12': 'De borgere, arbejdet handler om, er med til at vurdere, om løsningerne virker.',
      },
    },
    kompetansekomplementaritet: {
      name: 'Flere kompetencer i spil',
      description:
        'Her handler det om at arbejde med flere slags kompetencer på én gang – og om at lære sammen. Faglig viden er vigtig, men den er ikke den eneste viden, der tæller: Alle deltageres livserfaring, evner og færdigheder er også værdifulde. Et godt samarbejde bliver et lærende fællesskab, der også taler om holdninger og vilje til forandring.',
      prompt: 'Hvornår ledte I sidst efter ny og overraskende kompetence, der kan supplere jeres egen?',
      statements: {
        'kompetansekomplementaritet-1': 'Vi supplerer hinanden, fordi vi har forskellig viden og erfaring.',
        'kompetansekomplementaritet-2': 'I samarbejdet tæller livserfaring lige så meget som faglig viden.',
        'kompetansekomplementaritet-3': 'Fagfolkene blandt os bringer deres viden i spil sammen med det, de andre kan.',
        'kompetansekomplementaritet-10': 'Fagfolkene blandt os lærer lige så gerne af borgernes erfaringer som af hinanden.',
        'kompetansekomplementaritet-5': 'Vi taler åbent om, hvor villige vi er til at ændre den måde, vi arbejder på.',
        'kompetansekomplementaritet-6': 'Når vi ser problemet forskelligt, bruger vi det til at finde en ny, fælles forståelse.',
        'kompetansekomplementaritet-7': 'Vi leder efter viden og erfaring, som mangler i vores gruppe.',
        'kompetansekomplementaritet-8': 'Vi spørger jævnligt hinanden: Hvad har vi lært siden sidst?',
        'kompetansekomplementaritet-11': 'Når vi er fagligt uenige, bliver det til læring for os alle.',
      },
    },
  },
  guidance: {
    intro: [
      'SAMSON er et værktøj til en samtale om jeres samskabelse. I svarer på spørgsmål om fire værdier og syv handlingsfelter og får en profil, der viser, hvor I står. Scoren er et udgangspunkt for at tale sammen – ikke en karakter.',
      'Svar sammen som gruppe, på én skærm, og lad alle, der er med – ansatte, frivillige og borgere – komme til orde. Det, I er uenige om, er ofte det, der er mest værd at tale om. Efter hvert udsagn kan I skrive idéer til tiltag ned.',
      'Der findes ingen opskrift. Tilpas spørgsmålene og tiltagene til jeres egen lokale situation. Regn med to til tre møder, med to eller tre handlingsfelter pr. møde.',
      'Intet forlader browseren. Svarene gemmes kun på denne enhed, medmindre I selv eksporterer dem.',
    ],
    weighting:
      'Først: Hvad betyder mest for jeres samarbejde – åbenhed, demokrati, kreativitet eller ledelse? Fordel 20 point mellem de fire værdier. Den værdi, der får flest point, bliver den vigtigste i profilen. Pointene ændrer aldrig scoren; de viser kun, hvad I selv mener betyder mest.',
    disagreement: 'Er I uenige om, hvad der betyder mest? Tal om det, før I svarer. Forskellige opfattelser er værd at få frem.',
    idea: 'Skriv idéer til tiltag ned, som I bliver enige om. De kommer med i jeres handlingsplan og rapport.',
    results:
      'Det grå felt viser, hvor vigtigt I har vurderet det. Den fede linje viser, hvor I står nu. Se efter temaer, I mener er vigtige, men som får en lav score. Åbn et handlingsfelt for at se, hvilke udsagn der trækker scoren op eller ned.',
    compare: 'Hvad er der sket siden sidst, som kan forklare ændringen? Hvad har vi lært?',
    report:
      'Brug rapporten til at planlægge og prioritere jeres næste tiltag. Et tiltag, der virkede et andet sted, virker ikke nødvendigvis hos jer – vurder det i forhold til jeres egen situation.',
    repeat: 'Kom tilbage efter en periode med samarbejde, og gentag vurderingen. Så kan I se, hvad der har ændret sig.',
    points:
      'I har 20 point at fordele. Giver I én værdi flere point, får en anden færre – sådan viser vægtningen, hvad der betyder mest for jer.',
    migrated:
      'Disse svar blev givet til en ældre udgave af SAMSON. Nogle udsagn er ændret i version 1.1. Svarene på de udsagn, der er de samme, er bevaret. Det, I svarede og skrev til udsagn, der er ændret eller taget ud, er gemt under »Tidligere svar«.',
  },
  collaboration: collaboration,
};

export default assemble(texts);
