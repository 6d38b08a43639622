import type { StepContent } from '../../core/soimpact/steps.js';

/**
 * SoImpact's ten steps with guidance, in nynorsk. The steps follow the handbook's list
 * (000:2573-2597); the guidance is our own wording of what the documents say elsewhere
 * (reference/soimpact.md §2.2 and §3.3), with `source` giving document:lines.
 */
const content: StepContent = {
  format: 'soimpact-steps@1',
  locale: 'nn',
  steps: [
    {
      id: 'problem',
      number: 1,
      title: 'Samfunnsproblemet',
      task: 'Skildre samfunnsproblemet som innsatsen for den sosiale innovasjonen skal løyse.',
      guidance: [
        'Byrj med situasjonen slik han er no: Kva er problemet, kven blir råka, og kor stort er det?',
        'Mange samfunnsproblem er samansette: årsak og verknad kan ikkje alltid fastsetjast eintydig. Skriv ned både det de veit og det de er usikre på.',
        'Skildre behovet og kva resultat og effektar de ønskjer – ikkje løysinga de allereie har i tankane.',
      ],
      source: '000:281-291; 003:793-800; 003:1129',
    },
    {
      id: 'goals',
      number: 2,
      title: 'Overordna mål',
      task: 'Utarbeid overordna målsetjingar for innsatsen.',
      guidance: [
        'Kva endring vil de skape? Formuler måla saman, så alle partar kan samlast under ei felles fane.',
        'Kvar part kan ha sine eigne delmål. Dei er legitime, så lenge dei peikar mot det felles målet.',
        'Mål endrar seg ofte undervegs. Skriv ned når og kvifor de endrar dei.',
      ],
      source: '000:1425-1464; 000:2800; 001:4052-4056',
    },
    {
      id: 'target-groups',
      number: 3,
      title: 'Målgruppeanalyse',
      task: 'Gjennomfør ein målgruppeanalyse.',
      guidance: [
        'Kven er dei viktigaste målgruppene? Verknader og effektar blir målte for målgruppene, så dei må vere tydelege.',
        'Verdi kan oppstå for einskildmenneske, for organisasjonar (også kommunen) og for samfunnet. Tenk gjennom alle tre nivåa.',
        'Ta med dei som kjenner problemet på kroppen når de skildrar målgruppene.',
      ],
      source: '000:2461-2466; 000:2474-2489; 000:2505-2507; 001:4080-4088',
    },
    {
      id: 'activities',
      number: 4,
      title: 'Hovudaktivitetar og endringsteori',
      task: 'Skildre hovudaktivitetane i innsatsen og definer endringsteorien for innsatsen.',
      guidance: [
        'List opp dei konkrete aktivitetane de gjennomfører – det de kan telje opp.',
        'Endringsteorien forklarer korleis de trur aktivitetane fører til resultat, verknader og effektar for målgruppene.',
        'Har de belegg i kvalifisert kunnskap for samanhengane de byggjer føresetnadene på? Skriv kvar belegget kjem frå.',
        'Syt for at de måler verknader av den felles innsatsen, og ikkje berre kartlegg kor mykje aktivitet det er.',
      ],
      source: '000:2535-2536; 000:2582; 000:2818-2819; 000:2826-2829',
    },
    {
      id: 'indicators',
      number: 5,
      title: 'Måleindikatorar',
      task: 'Utarbeid måleindikatorar på resultat-, verknads- og effektnivå.',
      guidance: [
        'Resultat (output) er dei direkte følgjene av aktivitetane, til dømes kor mange som var med på eit kurs.',
        'Verknader (outcome) er dei direkte effektane for målgruppene som innsatsen med stor visse fører til, til dømes kor mange som fekk jobb etter kurset.',
        'Effektar (impact) er meir langsiktige endringar som innsatsen truleg bidreg til, men ikkje åleine er årsak til, til dømes kor mange som er i jobb etter eitt år.',
        'Di lenger mot høgre i kjeda, di mindre sikkert kan de seie at endringa kjem av innsatsen. Effektar blir gjerne underbygde med forsking og statistikk.',
        'Diskuter kva indikatorar som kan synleggjere verdien av førebygging (langsiktige vinstar), ikkje berre reparasjon (kortsiktige vinstar).',
      ],
      source: '000:2535-2566; 000:2821-2824; 001:4076-4097; 003:1122-1125',
    },
    {
      id: 'methods',
      number: 6,
      title: 'Målemetodar',
      task: 'Utform målemetodar for indikatorane.',
      guidance: [
        'Kombiner kvantitative og kvalitative data: register, rekneskap og datasett saman med intervju og observasjonar.',
        'Gi rom både for objektive data og for subjektive data frå dei innsatsen er retta mot – deira eigne stemmer.',
        'Intervju, livsforteljingar og erfaringar er ofte gode kjelder til å sjå endring.',
        'Oppgi datakjelde og kor ofte det skal målast for kvar indikator.',
      ],
      source: '000:2420-2423; 000:2491-2498; 000:2835-2842',
    },
    {
      id: 'targets',
      number: 7,
      title: 'Måltal',
      task: 'Fastset måltal for kvar av måleindikatorane.',
      guidance: [
        'Set eitt måltal og ein dato for kvar indikator: kvar vil de vere, og når?',
        'Nokre mål er ein nedgang, til dømes færre dagar åleine. Då er måltalet lågare enn startpunktet.',
        'Måltal er ikkje frosne fast. Låste indikatorar kan undergrave innovasjonen dei skulle måle. Endre dei når de lærer noko nytt, og skriv kvifor.',
      ],
      source: '000:2330-2339; 000:2588; 001:4057-4058',
    },
    {
      id: 'baseline',
      number: 8,
      title: 'Nullpunktsmåling',
      task: 'Gjennomfør nullpunktsmålingar – startpunktet for innsatsen.',
      guidance: [
        'Mål før tiltaket blir sett i gang. Nullpunktet er det de seinare samanliknar med.',
        'Nokre indikatorar byrjar naturleg på null, til dømes talet på deltakarar. Skriv då inn 0 med datoen innsatsen starta.',
        'Finst det ikkje noko nullpunkt, la feltet stå tomt. Framdrifta blir då vist utan å late som ho er kjend.',
      ],
      source: '000:2590-2591; 003:1135-1137',
    },
    {
      id: 'measurements',
      number: 9,
      title: 'Regelmessige målingar',
      task: 'Gjennomfør regelmessige målingar for å styre arbeidet rett.',
      guidance: [
        'Lag ein plan for kven som samlar inn kva data, kven som følgjer med på tala, når og på kva måte.',
        'Boost Refugee følgde opp målingane kvar månad for å kunne tilpasse programmet undervegs.',
        'Skriv ein kort merknad til målingar som treng ei forklaring, til dømes ein ny måte å telje på.',
      ],
      source: '000:2507-2509; 003:1164-1165',
    },
    {
      id: 'evaluation',
      number: 10,
      title: 'Evaluering og tilpassing',
      task: 'Bruk målingane til å evaluere og tilpasse innsatsen.',
      guidance: [
        'Bli samde om kven de måler for: eiga styring, politikarane og leiarane i kommunen, investorar eller andre.',
        'Registrer og bruk også negative erfaringar og det som ikkje gjekk som planlagt.',
        'Skriv kva de fann ut, og kva de endrar. Bruk resultata internt og eksternt for å skape legitimitet og motivasjon.',
      ],
      source: '000:2811-2816; 000:2844-2850; 003:1139-1141',
    },
  ],
  advice: [
    {
      id: 'stakeholders',
      title: 'Involver interessentane',
      text: 'Forskarar, fagfolk og sakshandsamarar kan mykje om indikatorar, men dei som kjenner problemet frå innsida, veit ofte mest om årsaker og verknader. Ta med kompetansen til dei det gjeld når de utformar indikatorane.',
      source: '000:2461-2466',
    },
    {
      id: 'known-indicators',
      title: 'Leit etter og bruk kjende indikatorar',
      text: 'Mange har målt sosial verdi før. Leit etter gode erfaringar og indikatorar andre har brukt – det sparer arbeid og uvisse.',
      source: '000:2468-2472; 000:2831-2833',
    },
    {
      id: 'levels',
      title: 'Mål verdi på fleire nivå',
      text: 'Verdi blir skapt for einskildmenneske, for organisasjonar (også kommunen) og for samfunnet, og nivåa kan dra kvar sin veg: ei digital teneste kan fjerne køen på NAV-kontoret, men ta frå nokre av dei som brukar ho, kjensla av å bli sett.',
      source: '000:2474-2489',
    },
    {
      id: 'mixed-data',
      title: 'Kombiner kvantitative og kvalitative data',
      text: 'Register og rekneskap seier mykje, intervju og observasjonar seier noko anna. Saman gir dei eit langt meir dekkjande bilete enn éin metode åleine.',
      source: '000:2491-2498',
    },
    {
      id: 'prioritise',
      title: 'Prioriter indikatorane og lag ein plan for oppfølging',
      text: 'Kva er dei viktigaste måla, kven er dei viktigaste målgruppene, og kva indikatorar treffer dei best? Bestem kven som samlar inn kva data, kven som følgjer med, når og korleis.',
      source: '000:2500-2509',
    },
  ],
};

export default content;
