import type { StepContent } from '../../core/soimpact/steps.js';

/**
 * SoImpacts ti trin med vejledning, på dansk. Written for Danish readers from the same
 * sources as the bokmål file; `source` gives document:lines.
 */
const content: StepContent = {
  format: 'soimpact-steps@1',
  locale: 'da',
  steps: [
    {
      id: 'problem',
      number: 1,
      title: 'Samfundsproblemet',
      task: 'Beskriv det samfundsproblem, som indsatsen for den sociale innovation skal løse.',
      guidance: [
        'Begynd med situationen, som den er i dag: Hvad er problemet, hvem rammes, og hvor stort er det?',
        'Mange samfundsproblemer er komplekse: årsag og virkning kan ikke altid fastslås entydigt. Skriv både det ned, I ved, og det, I er usikre på.',
        'Beskriv behovet og de resultater og effekter, I ønsker – ikke den løsning, I allerede har i tankerne.',
      ],
      source: '000:281-291; 003:793-800; 003:1129',
    },
    {
      id: 'goals',
      number: 2,
      title: 'Overordnede mål',
      task: 'Udarbejd overordnede målsætninger for indsatsen.',
      guidance: [
        'Hvilken forandring vil I skabe? Formulér målene sammen, så alle parter kan samles om et fælles mål.',
        'Hver part kan have sine egne delmål. De er legitime, så længe de peger mod det fælles mål.',
        'Mål ændrer sig ofte undervejs. Skriv ned, hvornår og hvorfor I ændrer dem.',
      ],
      source: '000:1425-1464; 000:2800; 001:4052-4056',
    },
    {
      id: 'target-groups',
      number: 3,
      title: 'Målgruppeanalyse',
      task: 'Gennemfør en målgruppeanalyse.',
      guidance: [
        'Hvem er de vigtigste målgrupper? Virkninger og effekter måles for målgrupperne, så de skal være tydelige.',
        'Værdi kan opstå for den enkelte borger, for organisationer (også kommunen) og for samfundet. Tænk alle tre niveauer igennem.',
        'Inddrag dem, der kender problemet på egen krop, når I beskriver målgrupperne.',
      ],
      source: '000:2461-2466; 000:2474-2489; 000:2505-2507; 001:4080-4088',
    },
    {
      id: 'activities',
      number: 4,
      title: 'Hovedaktiviteter og forandringsteori',
      task: 'Beskriv indsatsens hovedaktiviteter, og definér indsatsens forandringsteori.',
      guidance: [
        'Skriv de konkrete aktiviteter op, som I gennemfører – det, I kan tælle.',
        'Forandringsteorien forklarer, hvordan I forventer, at aktiviteterne fører til resultater, virkninger og effekter for målgrupperne.',
        'Har I belæg i kvalificeret viden for de sammenhænge, jeres antagelser bygger på? Skriv, hvor belægget kommer fra.',
        'Sørg for, at I måler virkningerne af jeres fælles indsats og ikke blot kortlægger aktivitetsniveauet.',
      ],
      source: '000:2535-2536; 000:2582; 000:2818-2819; 000:2826-2829',
    },
    {
      id: 'indicators',
      number: 5,
      title: 'Måleindikatorer',
      task: 'Udarbejd måleindikatorer på resultat-, virknings- og effektniveau.',
      guidance: [
        'Resultater (output) er de direkte følger af aktiviteterne, fx hvor mange der deltog i et kursus.',
        'Virkninger (outcome) er de direkte effekter for målgrupperne, som indsatsen med stor sikkerhed fører til, fx hvor mange der fik job efter kurset.',
        'Effekter (impact) er mere langsigtede forandringer, som indsatsen sandsynligvis bidrager til, men ikke alene er årsag til, fx hvor mange der er i job efter et år.',
        'Jo længere mod højre i kæden, desto mindre sikkert kan I sige, at forandringen skyldes indsatsen. Effekter underbygges typisk med forskning og statistik.',
        'Drøft, hvilke indikatorer der kan synliggøre værdien af forebyggelse (langsigtede gevinster) og ikke kun af reparation (kortsigtede gevinster).',
      ],
      source: '000:2535-2566; 000:2821-2824; 001:4076-4097; 003:1122-1125',
    },
    {
      id: 'methods',
      number: 6,
      title: 'Målemetoder',
      task: 'Udform målemetoder til indikatorerne.',
      guidance: [
        'Kombinér kvantitative og kvalitative data: registre, regnskaber og datasæt sammen med interviews og observationer.',
        'Giv plads til både objektive data og subjektive data fra dem, indsatsen er rettet mod – borgernes egne stemmer.',
        'Interviews, livshistorier og erfaringer er ofte gode kilder til at se forandring.',
        'Angiv datakilde, og hvor ofte der skal måles, for hver indikator.',
      ],
      source: '000:2420-2423; 000:2491-2498; 000:2835-2842',
    },
    {
      id: 'targets',
      number: 7,
      title: 'Måltal',
      task: 'Fastsæt måltal for hver af måleindikatorerne.',
      guidance: [
        'Sæt ét måltal og en dato for hver indikator: hvor vil I være, og hvornår?',
        'Nogle mål er et fald, fx færre dage alene. Så er måltallet lavere end udgangspunktet.',
        'Måltal er ikke fastlåste. Fastfrosne indikatorer kan undergrave den innovation, de skulle måle. Ret dem, når I bliver klogere, og skriv hvorfor.',
      ],
      source: '000:2330-2339; 000:2588; 001:4057-4058',
    },
    {
      id: 'baseline',
      number: 8,
      title: 'Nulpunktsmåling',
      task: 'Gennemfør nulpunktsmålinger – indsatsens udgangspunkt.',
      guidance: [
        'Mål, før indsatsen sættes i gang. Nulpunktet er det, I senere sammenligner med.',
        'Nogle indikatorer starter naturligt på nul, fx antal deltagere. Skriv så 0 med datoen for indsatsens start.',
        'Findes der ikke et nulpunkt, så lad feltet stå tomt. Fremdriften vises da uden at lade, som om den er kendt.',
      ],
      source: '000:2590-2591; 003:1135-1137',
    },
    {
      id: 'measurements',
      number: 9,
      title: 'Løbende målinger',
      task: 'Gennemfør regelmæssige målinger for at styre arbejdet i den rigtige retning.',
      guidance: [
        'Læg en plan for, hvem der indsamler hvilke data, hvem der følger med i tallene, hvornår og hvordan.',
        'Boost Refugee fulgte op på målingerne hver måned for at kunne tilpasse programmet undervejs.',
        'Skriv en kort bemærkning til målinger, der kræver en forklaring, fx en ny måde at tælle på.',
      ],
      source: '000:2507-2509; 003:1164-1165',
    },
    {
      id: 'evaluation',
      number: 10,
      title: 'Evaluering og tilpasning',
      task: 'Brug målingerne til at evaluere og tilpasse indsatsen.',
      guidance: [
        'Bliv enige om, hvem I måler for: jeres egen styring, kommunens politikere og ledere, investorer eller andre.',
        'Registrér og brug også de negative erfaringer og det, der ikke gik som planlagt.',
        'Skriv, hvad I fandt ud af, og hvad I ændrer. Brug resultaterne internt og eksternt til at skabe legitimitet og motivation.',
      ],
      source: '000:2811-2816; 000:2844-2850; 003:1139-1141',
    },
  ],
  advice: [
    {
      id: 'stakeholders',
      title: 'Inddrag interessenterne',
      text: 'Forskere, fagfolk og sagsbehandlere ved meget om indikatorer, men de, der kender problemet indefra, ved ofte mest om årsager og virkninger. Brug borgernes viden, når I udformer indikatorerne.',
      source: '000:2461-2466',
    },
    {
      id: 'known-indicators',
      title: 'Find og brug kendte indikatorer',
      text: 'Mange har målt social værdi før. Led efter de gode erfaringer og de indikatorer, andre har brugt – det sparer arbejde og usikkerhed.',
      source: '000:2468-2472; 000:2831-2833',
    },
    {
      id: 'levels',
      title: 'Mål værdi på flere niveauer',
      text: 'Værdi skabes for den enkelte, for organisationer (også kommunen) og for samfundet, og niveauerne kan trække i hver sin retning: en digital løsning kan fjerne køen i jobcentret, men tage følelsen af at blive set fra nogle borgere.',
      source: '000:2474-2489',
    },
    {
      id: 'mixed-data',
      title: 'Kombinér kvantitative og kvalitative data',
      text: 'Registre og regnskaber fortæller meget, interviews og observationer fortæller noget andet. Sammen giver de et langt mere dækkende billede end én metode alene.',
      source: '000:2491-2498',
    },
    {
      id: 'prioritise',
      title: 'Prioritér indikatorerne, og læg en plan for opfølgning',
      text: 'Hvad er de vigtigste mål, hvem er de vigtigste målgrupper, og hvilke indikatorer rammer dem bedst? Aftal, hvem der indsamler hvilke data, hvem der følger med, hvornår og hvordan.',
      source: '000:2500-2509',
    },
  ],
};

export default content;
