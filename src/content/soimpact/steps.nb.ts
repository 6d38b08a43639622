import type { StepContent } from '../../core/soimpact/steps.js';

/**
 * SoImpact's ten steps with guidance, in bokmål. The steps follow the handbook's list
 * (000:2573-2597); the guidance is our own wording of what the documents say elsewhere
 * (reference/soimpact.md §2.2 and §3.3), with `source` giving document:lines.
 */
const content: StepContent = {
  format: 'soimpact-steps@1',
  locale: 'nb',
  steps: [
    {
      id: 'problem',
      number: 1,
      title: 'Samfunnsproblemet',
      task: 'Beskriv samfunnsproblemet som innsatsen for den sosiale innovasjonen skal løse.',
      guidance: [
        'Start med nåsituasjonen: Hva er problemet, hvem rammes, og hvor stort er det?',
        'Mange samfunnsproblemer er sammensatte: årsak og virkning kan ikke alltid slås entydig fast. Skriv ned både det dere vet og det dere er usikre på.',
        'Beskriv behovet og hvilke resultater og effekter dere ønsker – ikke løsningen dere allerede har i tankene.',
      ],
      source: '000:281-291; 003:793-800; 003:1129',
    },
    {
      id: 'goals',
      number: 2,
      title: 'Overordnede mål',
      task: 'Utarbeid overordnede målsettinger for innsatsen.',
      guidance: [
        'Hvilken endring vil dere skape? Formuler målene sammen, så alle parter kan samles under en felles fane.',
        'Hver part kan ha sine egne delmål. De er legitime, så lenge de peker mot det felles målet.',
        'Mål endrer seg ofte underveis. Skriv ned når og hvorfor dere endrer dem.',
      ],
      source: '000:1425-1464; 000:2800; 001:4052-4056',
    },
    {
      id: 'target-groups',
      number: 3,
      title: 'Målgruppeanalyse',
      task: 'Gjennomfør en målgruppeanalyse.',
      guidance: [
        'Hvem er de viktigste målgruppene? Virkninger og effekter måles for målgruppene, så de må være tydelige.',
        'Verdi kan oppstå for enkeltmennesker, for organisasjoner (også kommunen) og for samfunnet. Tenk gjennom alle tre nivåene.',
        'Ta med dem som har førstehåndskjennskap til problemet når dere beskriver målgruppene.',
      ],
      source: '000:2461-2466; 000:2474-2489; 000:2505-2507; 001:4080-4088',
    },
    {
      id: 'activities',
      number: 4,
      title: 'Hovedaktiviteter og endringsteori',
      task: 'Beskriv hovedaktivitetene i innsatsen og definer innsatsens endringsteori.',
      guidance: [
        'List opp de konkrete aktivitetene dere gjennomfører – det dere kan telle opp.',
        'Endringsteorien forklarer hvordan dere tror aktivitetene fører til resultater, virkninger og effekter for målgruppene.',
        'Har dere belegg i kvalifisert kunnskap for sammenhengene dere bygger antakelsene på? Skriv hvor belegget kommer fra.',
        'Sørg for at dere måler virkninger av den felles innsatsen, og ikke bare kartlegger aktivitetsnivået.',
      ],
      source: '000:2535-2536; 000:2582; 000:2818-2819; 000:2826-2829',
    },
    {
      id: 'indicators',
      number: 5,
      title: 'Måleindikatorer',
      task: 'Utarbeid måleindikatorer på resultat-, virknings- og effektnivå.',
      guidance: [
        'Resultater (output) er de direkte følgene av aktivitetene, for eksempel hvor mange som deltok på et kurs.',
        'Virkninger (outcome) er de direkte effektene for målgruppene som innsatsen med stor sikkerhet fører til, for eksempel hvor mange som fikk jobb etter kurset.',
        'Effekter (impact) er mer langsiktige endringer som innsatsen sannsynligvis bidrar til, men ikke alene forårsaker, for eksempel hvor mange som er i jobb etter ett år.',
        'Jo lenger mot høyre i kjeden, jo mindre sikkert kan dere si at endringen skyldes innsatsen. Effekter underbygges gjerne med forskning og statistikk.',
        'Diskuter hvilke indikatorer som kan synliggjøre verdien av forebygging (langsiktige gevinster), ikke bare reparasjon (kortsiktige gevinster).',
      ],
      source: '000:2535-2566; 000:2821-2824; 001:4076-4097; 003:1122-1125',
    },
    {
      id: 'methods',
      number: 6,
      title: 'Målemetoder',
      task: 'Utform målemetoder for indikatorene.',
      guidance: [
        'Kombiner kvantitative og kvalitative data: registre, regnskap og datasett sammen med intervjuer og observasjoner.',
        'Gi rom både for objektive data og for subjektive data fra dem innsatsen er rettet mot – deres egne stemmer.',
        'Intervjuer, livsfortellinger og erfaringer er ofte gode kilder til å se endring.',
        'Angi datakilde og hvor ofte det skal måles for hver indikator.',
      ],
      source: '000:2420-2423; 000:2491-2498; 000:2835-2842',
    },
    {
      id: 'targets',
      number: 7,
      title: 'Måltall',
      task: 'Fastsett måltall for hver av måleindikatorene.',
      guidance: [
        'Sett ett måltall og en dato for hver indikator: hvor vil dere være, og når?',
        'Noen mål er en nedgang, for eksempel færre dager alene. Da er måltallet lavere enn startpunktet.',
        'Måltall er ikke fastfrosne. Låste indikatorer kan undergrave innovasjonen de skulle måle. Endre dem når dere lærer noe nytt, og skriv hvorfor.',
      ],
      source: '000:2330-2339; 000:2588; 001:4057-4058',
    },
    {
      id: 'baseline',
      number: 8,
      title: 'Nullpunktsmåling',
      task: 'Gjennomfør nullpunktsmålinger – startpunktet for innsatsen.',
      guidance: [
        'Mål før tiltaket settes i gang. Nullpunktet er det dere senere sammenligner med.',
        'Noen indikatorer starter naturlig på null, for eksempel antall deltakere. Skriv da inn 0 med datoen innsatsen startet.',
        'Finnes det ikke et nullpunkt, la feltet stå tomt. Framdriften vises da uten å late som den er kjent.',
      ],
      source: '000:2590-2591; 003:1135-1137',
    },
    {
      id: 'measurements',
      number: 9,
      title: 'Regelmessige målinger',
      task: 'Gjennomfør regelmessige målinger for å styre arbeidet riktig.',
      guidance: [
        'Lag en plan for hvem som samler inn hvilke data, hvem som følger med på tallene, når og på hvilken måte.',
        'Boost Refugee fulgte opp målingene månedlig for å kunne tilpasse programmet underveis.',
        'Skriv en kort merknad til målinger som trenger forklaring, for eksempel en ny måte å telle på.',
      ],
      source: '000:2507-2509; 003:1164-1165',
    },
    {
      id: 'evaluation',
      number: 10,
      title: 'Evaluering og tilpasning',
      task: 'Bruk målingene til å evaluere og tilpasse innsatsen.',
      guidance: [
        'Bli enige om hvem dere måler for: egen styring, kommunens politikere og ledere, investorer eller andre.',
        'Registrer og bruk også negative erfaringer og det som ikke gikk som planlagt.',
        'Skriv hva dere fant ut, og hva dere endrer. Bruk resultatene internt og eksternt for å skape legitimitet og motivasjon.',
      ],
      source: '000:2811-2816; 000:2844-2850; 003:1139-1141',
    },
  ],
  advice: [
    {
      id: 'stakeholders',
      title: 'Involver interessentene',
      text: 'Forskere, fagfolk og saksbehandlere kan mye om indikatorer, men de som kjenner problemet fra innsiden vet ofte mest om årsaker og virkninger. Ta med kompetansen til dem det gjelder når dere utformer indikatorene.',
      source: '000:2461-2466',
    },
    {
      id: 'known-indicators',
      title: 'Let etter og bruk kjente indikatorer',
      text: 'Mange har målt sosial verdi før. Let etter gode erfaringer og indikatorer andre har brukt – det sparer arbeid og usikkerhet.',
      source: '000:2468-2472; 000:2831-2833',
    },
    {
      id: 'levels',
      title: 'Mål verdi på flere nivåer',
      text: 'Verdi skapes for enkeltmennesker, for organisasjoner (også kommunen) og for samfunnet, og nivåene kan trekke hver sin vei: en digital tjeneste kan fjerne køen på NAV-kontoret, men ta fra noen av dem som bruker den, følelsen av å bli sett.',
      source: '000:2474-2489',
    },
    {
      id: 'mixed-data',
      title: 'Kombiner kvantitative og kvalitative data',
      text: 'Registre og regnskap sier mye, intervjuer og observasjoner sier noe annet. Sammen gir de et langt mer dekkende bilde enn én metode alene.',
      source: '000:2491-2498',
    },
    {
      id: 'prioritise',
      title: 'Prioriter indikatorene og lag en plan for oppfølging',
      text: 'Hva er de viktigste målene, hvem er de viktigste målgruppene, og hvilke indikatorer treffer dem best? Bestem hvem som samler inn hvilke data, hvem som følger med, når og hvordan.',
      source: '000:2500-2509',
    },
  ],
};

export default content;
