import type { Instrument } from '../../core/samson/instrument.js';

/** SAMSON in English. Statements are our own wording of the sub-themes in the source documents; `source` gives document:lines. */
const instrument: Instrument = {
  format: 'samson-instrument@1',
  id: 'samson',
  version: '1.0.0',
  locale: 'en',
  title: 'SAMSON – a co-creation scorecard',
  values: [
    {
      id: 'apenhet',
      name: 'Openness',
      description:
        'Openness means welcoming what others can bring – experience, knowledge and resources – without feeling threatened. It should be fine to say unusual things, suggest new ideas and question established truths. Openness also means showing others what we are doing, inviting ideas from outside and being available to each other.',
      question: 'How important is openness for our collaboration?',
    },
    {
      id: 'demokrati',
      name: 'Democracy',
      description:
        'Democracy here is not about voting in elections but about real influence over how solutions are designed and carried out. The people a solution is meant to make life better for should have as much say as everyone else. Life experience counts as expertise – not instead of professional knowledge, but alongside it.',
      question: 'How important is democracy for our collaboration?',
    },
    {
      id: 'kreativitet',
      name: 'Creativity',
      description:
        'Creativity means reaching for what is new and useful, rather than making small adjustments to what we have always done. New ideas usually come from conversations between people who think differently. That takes room, permission and opportunity to think beyond our usual routines.',
      question: 'How important is creativity for our collaboration?',
    },
    {
      id: 'ledelse',
      name: 'Leadership',
      description:
        'Leadership here is not mainly about one person but about what keeps the collaboration moving. It means facilitating, building trust, handling disagreement and making sure everyone is heard. No single party should hold all the power – leadership can be shared among us.',
      question: 'How important is leadership for our collaboration?',
    },
  ],
  fields: [
    {
      id: 'likeverdighet',
      name: 'Safeguarding equal partnership',
      description:
        'Equal partnership is where the energy of co-creation comes from: when partners meet as equals, they share knowledge and resources, learn from each other and achieve more together. That takes trust, and trust takes time. Old habits – the municipality deciding, voluntary groups waiting for grants and permits – need to be challenged and replaced with new ways of working. The municipality should not step back, but take on a different role.',
      prompt: 'Where do one or more of you feel that the conditions for an equal partnership are not quite there?',
      statements: [
        {
          id: 'likeverdighet-1',
          text: 'Knowledge and resources flow both ways between the partners.',
          values: ['demokrati', 'kreativitet'],
          source: '000:1386-1391; 001:4374-4376',
        },
        {
          id: 'likeverdighet-2',
          text: 'We take the time needed to build trust, even when it is slow.',
          values: ['apenhet', 'ledelse'],
          source: '000:1395-1397; 001:3585-3587',
        },
        {
          id: 'likeverdighet-3',
          text: 'We challenge old habits where the municipality decides and everyone else goes along.',
          values: ['demokrati'],
          source: '000:1397-1406; 001:3589-3595',
        },
        {
          id: 'likeverdighet-4',
          text: 'We work as equal partners, not as one side placing orders and the others delivering.',
          values: ['demokrati'],
          source: '000:1408-1409; 001:4380-4386',
        },
        {
          id: 'likeverdighet-5',
          text: 'We meet on neutral ground or where residents and volunteers feel at home, not only on municipal premises.',
          values: ['demokrati', 'apenhet'],
          source: '000:1412-1416; 002:2480-2482',
        },
        {
          id: 'likeverdighet-6',
          text: 'The municipality is an active, visible partner without dominating.',
          values: ['ledelse', 'demokrati'],
          source: '000:1418-1422; 002:2631-2635',
        },
        {
          id: 'likeverdighet-7',
          text: 'We make the important decisions together.',
          values: ['demokrati', 'ledelse'],
          source: '001:4849-4850; 000:1322-1324',
        },
        {
          id: 'likeverdighet-8',
          text: 'Residents and volunteers have as much chance as the professionals to shape the solutions.',
          values: ['demokrati'],
          source: '001:4914-4915; 000:1202-1206',
        },
      ],
    },
    {
      id: 'felles-mal',
      name: 'Working with shared goals',
      description:
        'It is hard to create something together if the partners pull in different directions. A vision is not a slogan but a picture of a future you want, created together. Each partner can have their own aims, but they must not overshadow the shared goal. Goals can change along the way as you learn.',
      prompt: 'Do you have a shared picture of where you want to go together – and is everyone behind it?',
      statements: [
        {
          id: 'felles-mal-1',
          text: 'We have a shared vision that all partners stand behind.',
          values: ['ledelse', 'kreativitet'],
          source: '000:1427-1430; 000:1875-1883',
        },
        {
          id: 'felles-mal-2',
          text: 'Our vision was created by all of us together, not by one partner alone or an outside consultant.',
          values: ['demokrati'],
          source: '000:1875-1879',
        },
        {
          id: 'felles-mal-3',
          text: 'We have checked that we really mean the same thing when we talk about our goal.',
          values: ['apenhet'],
          source: '000:1441-1444; 001:3629-3632',
        },
        {
          id: 'felles-mal-4',
          text: 'We remind each other of our shared goal along the way, not just at the start.',
          values: ['ledelse'],
          source: '000:1427-1428; 001:5097-5098',
        },
        {
          id: 'felles-mal-5',
          text: 'There is room for each partner to have their own aims alongside the shared goal.',
          values: ['apenhet'],
          source: '000:1452-1459; 001:3641-3645',
        },
        {
          id: 'felles-mal-6',
          text: 'Our collaboration rests on goals we share, not just on one partner’s goals.',
          values: ['demokrati'],
          source: '000:1459-1464; 001:3645-3648',
        },
        {
          id: 'felles-mal-7',
          text: 'Our goals are concrete and easy for everyone involved to understand.',
          values: ['ledelse'],
          source: '001:3635-3639; 001:4947-4948',
        },
        {
          id: 'felles-mal-8',
          text: 'We adjust our goals together when we have learned something new.',
          values: ['kreativitet'],
          source: '001:3650-3652; 001:4424-4432',
        },
      ],
    },
    {
      id: 'kommunikasjon',
      name: 'Communication',
      description:
        'Open and honest communication holds the collaboration up, both to prevent problems and to sort them out. In practice it means talking together regularly and properly, so that everyone gets to speak in their own words. It also means talking about how you communicate, and telling the people around you what you are doing.',
      prompt: 'Do you talk enough – with each other and with the people around you?',
      statements: [
        {
          id: 'kommunikasjon-1',
          text: 'We talk together regularly, not only when something is urgent.',
          values: ['ledelse'],
          source: '000:1516-1518; 001:4449-4451',
        },
        {
          id: 'kommunikasjon-2',
          text: 'We raise disagreements and talk them through, even if we don’t always end up agreeing.',
          values: ['apenhet'],
          source: '001:3676; 000:1507-1510',
        },
        {
          id: 'kommunikasjon-3',
          text: 'We speak in a way everyone understands, without official or professional jargon.',
          values: ['demokrati'],
          source: '000:1516-1520; 002:2554-2558',
        },
        {
          id: 'kommunikasjon-4',
          text: 'Now and then we talk about how we talk to each other.',
          values: ['apenhet', 'ledelse'],
          source: '000:1512-1514; 001:3660-3661',
        },
        {
          id: 'kommunikasjon-5',
          text: 'Everyone feels safe enough to share ideas, worries and hopes in the group.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1520-1528; 001:3693-3698',
        },
        {
          id: 'kommunikasjon-6',
          text: 'Important information reaches all partners, not just a few.',
          values: ['demokrati', 'apenhet'],
          source: '001:3678-3679; 001:5072',
        },
        {
          id: 'kommunikasjon-7',
          text: 'We tell people outside the collaboration what we are doing and why.',
          values: ['apenhet'],
          source: '000:1549-1557; 000:1885-1889',
        },
      ],
    },
    {
      id: 'forankring',
      name: 'Anchoring',
      description:
        'Anchoring gives stability when the work brings change and uncertainty. The work needs to be anchored “down and out” – with the people it is meant to help and with the partners – and secured “upwards” in decisions, budgets and plans and with senior leaders. Don’t forget support from the people who handle the administration: lacking it is one of the most common reasons collaborations fail.',
      prompt:
        'Is the work rooted among the people who know the problem from their own lives – and secured all the way up to senior management and the politicians?',
      statements: [
        {
          id: 'forankring-1',
          text: 'Our work builds on the wishes and needs that the people it concerns have put into words themselves.',
          values: ['demokrati'],
          source: '001:3749-3752; 000:1903-1904',
        },
        {
          id: 'forankring-2',
          text: 'The people the work is for take part both when we plan and when we carry it out.',
          values: ['demokrati'],
          source: '000:1600-1601; 001:3750-3752',
        },
        {
          id: 'forankring-3',
          text: 'Our work has support across departments and services, not only among those of us involved.',
          values: ['ledelse'],
          source: '002:2362-2372',
        },
        {
          id: 'forankring-4',
          text: 'Our work is backed by political decisions, budgets or plans.',
          values: ['ledelse'],
          source: '000:1604-1609; 001:3753-3756',
        },
        {
          id: 'forankring-5',
          text: 'Senior leaders in our organisations personally support the work.',
          values: ['ledelse'],
          source: '000:1609-1615; 001:4968-4969',
        },
        {
          id: 'forankring-6',
          text: 'We regularly update senior management and politicians on how things are going.',
          values: ['apenhet', 'ledelse'],
          source: '000:1906-1912; 001:4965-4966',
        },
        {
          id: 'forankring-7',
          text: 'We get the administrative help we need from the organisations we come from.',
          values: ['ledelse'],
          source: '000:1626-1635',
        },
        {
          id: 'forankring-8',
          text: 'Our work has support in the local community, for example from associations and local businesses.',
          values: ['apenhet'],
          source: '000:1903-1906; 001:4467-4470',
        },
        {
          id: 'forankring-9',
          text: 'We celebrate what goes well – small steps forward too.',
          values: ['ledelse'],
          source: '002:2424-2432',
        },
      ],
    },
    {
      id: 'tilrettelegging',
      name: 'Facilitation',
      description:
        'Equal partnership, shared goals, good communication and anchoring do not happen by themselves – goodwill is not enough. Facilitation means making the collaboration as easy as possible for everyone and involving everyone it affects. It covers regular meetings and good routines as well as the small practical details that make people feel valued. This is where the value of leadership is put into practice.',
      prompt: 'What makes it easier – or harder – for each of you to take part?',
      statements: [
        {
          id: 'tilrettelegging-1',
          text: 'Some of us are clearly responsible for making the collaboration run smoothly.',
          values: ['ledelse'],
          source: '000:1639-1644; 002:2585-2589',
        },
        {
          id: 'tilrettelegging-2',
          text: 'Items are prepared, so everyone can think them over before we decide anything.',
          values: ['demokrati', 'ledelse'],
          source: '000:1655-1659; 001:5043-5044',
        },
        {
          id: 'tilrettelegging-3',
          text: 'What we agree on is written down and easy for everyone to find again.',
          values: ['apenhet', 'ledelse'],
          source: '000:1657-1659; 002:2627-2629',
        },
        {
          id: 'tilrettelegging-4',
          text: 'We have regular meeting times and routines that suit all partners.',
          values: ['demokrati', 'ledelse'],
          source: '000:1661-1664; 001:3804-3806',
        },
        {
          id: 'tilrettelegging-5',
          text: 'Practical things like the room, food and parking are sorted, so everyone feels welcome.',
          values: ['ledelse'],
          source: '001:3784-3788',
        },
        {
          id: 'tilrettelegging-6',
          text: 'Now and then we meet where the services actually take place.',
          values: ['kreativitet'],
          source: '000:1669-1674; 001:3795-3797',
        },
        {
          id: 'tilrettelegging-7',
          text: 'We worked out the practical arrangements together, such as the meeting schedule.',
          values: ['demokrati'],
          source: '000:1675-1678; 002:2607-2609',
        },
        {
          id: 'tilrettelegging-8',
          text: 'We adapt to individual needs, for example with lifts, childcare or help with language.',
          values: ['demokrati'],
          source: '000:1694-1701; 002:2545-2551',
        },
        {
          id: 'tilrettelegging-9',
          text: 'There is room for informal contact, for example over a meal.',
          values: ['apenhet'],
          source: '000:1659-1661; 002:2517-2521',
        },
      ],
    },
    {
      id: 'ressursfokus',
      name: 'Working with a resource focus',
      description:
        'Look forwards and outwards: start with resources and opportunities, and deal with obstacles afterwards. Nothing new comes from complaining about the past, reminiscing about old successes or worrying about the future. Co-creation builds on people’s strengths and resources, not on their problems.',
      prompt: 'If you turn your problems completely around, what opportunities can you see?',
      statements: [
        {
          id: 'ressursfokus-1',
          text: 'We look at opportunities and resources first, and deal with obstacles afterwards.',
          values: ['kreativitet'],
          source: '000:1709-1719; 001:3823-3827',
        },
        {
          id: 'ressursfokus-2',
          text: 'We focus more on what we want to achieve than on what has gone wrong.',
          values: ['kreativitet'],
          source: '000:1723-1730; 000:1740-1744',
        },
        {
          id: 'ressursfokus-3',
          text: 'We have described in concrete terms what the future looks like when we succeed.',
          values: ['kreativitet'],
          source: '000:1914-1920',
        },
        {
          id: 'ressursfokus-4',
          text: 'We see the people the work is for as people with resources, not as problems.',
          values: ['demokrati', 'ledelse'],
          source: '001:3827-3828; 001:3547-3548',
        },
        {
          id: 'ressursfokus-5',
          text: 'When we meet a problem, we turn it around and look for the opportunities in it.',
          values: ['kreativitet'],
          source: '000:1914-1916',
        },
        {
          id: 'ressursfokus-6',
          text: 'We look for resources beyond our usual circles.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1922-1926',
        },
        {
          id: 'ressursfokus-7',
          text: 'We try to get ahead of problems rather than just fighting fires.',
          values: ['kreativitet'],
          source: '001:3843-3845',
        },
        {
          id: 'ressursfokus-8',
          text: 'We draw on the knowledge of the people the work is for when we plan, deliver and evaluate solutions.',
          values: ['demokrati'],
          source: '001:4526-4531',
        },
      ],
    },
    {
      id: 'kompetansekomplementaritet',
      name: 'Competence complementarity',
      description:
        'This field is about working with several kinds of expertise at once – and about learning together. Professional knowledge matters, but it is not the only knowledge that counts: everyone’s life experience, abilities and skills are valuable too. A good collaboration becomes a community that learns, and that also talks about attitudes and willingness to change.',
      prompt: 'When did you last look for new and surprising expertise that could complement your own?',
      statements: [
        {
          id: 'kompetansekomplementaritet-1',
          text: 'We complement each other because we bring different knowledge and experience.',
          values: ['kreativitet'],
          source: '001:4980; 001:3849-3854',
        },
        {
          id: 'kompetansekomplementaritet-2',
          text: 'The life experience of the people the work is for is valued as highly as professional knowledge.',
          values: ['demokrati'],
          source: '000:1212-1215; 001:3451-3454; 001:4541-4543',
        },
        {
          id: 'kompetansekomplementaritet-3',
          text: 'The professionals among us put their expertise to work alongside what the others know.',
          values: ['demokrati', 'kreativitet'],
          source: '000:1803-1809; 001:3888-3893',
        },
        {
          id: 'kompetansekomplementaritet-4',
          text: 'We are as curious to learn from residents as from other professionals.',
          values: ['apenhet'],
          source: '001:3880-3886',
        },
        {
          id: 'kompetansekomplementaritet-5',
          text: 'We talk openly about how willing we are to change the way we work.',
          values: ['apenhet'],
          source: '000:1830-1838; 002:2394-2396',
        },
        {
          id: 'kompetansekomplementaritet-6',
          text: 'We turn our different ways of seeing the problem into a new, shared understanding.',
          values: ['kreativitet'],
          source: '001:3870-3878',
        },
        {
          id: 'kompetansekomplementaritet-7',
          text: 'We look for knowledge and experience that our group is missing.',
          values: ['apenhet', 'kreativitet'],
          source: '000:1928-1931',
        },
        {
          id: 'kompetansekomplementaritet-8',
          text: 'We regularly ask ourselves: what have we learned since last time?',
          values: ['kreativitet'],
          source: '000:1840-1841; 000:1859-1862',
        },
        {
          id: 'kompetansekomplementaritet-9',
          text: 'We handle professional disagreements through dialogue and learning together.',
          values: ['ledelse'],
          source: '001:4543-4549',
        },
      ],
    },
  ],
  guidance: {
    intro: [
      'SAMSON is a tool for a conversation about your co-creation. You answer questions about four values and seven fields of action, and get a profile showing where you stand. The score is a starting point for talking, not a grade.',
      'Answer together as a group, on one screen. What you disagree about is often what is most worth talking about. After each statement you can write down ideas for action.',
      'There is no recipe. Adapt the questions and actions to your own local situation. Allow about 45–90 minutes for a group.',
      'Nothing leaves your browser. Your answers are stored only on this device unless you export them.',
    ],
    weighting:
      'First, say how important openness, democracy, creativity and leadership are for your collaboration. Your answers show what you yourselves think matters most, and form the background when you look at the results.',
    disagreement:
      'Do you disagree about what matters most? Talk about it before you answer. Different views are worth bringing out.',
    idea: 'Write down ideas for action that you agree on – they will appear in your action plan and report.',
    results:
      'The grey area shows how important you said this is. The bold line shows where you are now. Look for themes you rate as important but score low on. Open a field to see which statements pull the score up or down.',
    compare: 'What has happened since last time that could explain the change? What have we learned?',
    report:
      'Use the report to plan and prioritise your next actions. An action that worked elsewhere may not work here – check it against your own situation.',
    repeat:
      'Come back after a period of working together and repeat the assessment, so you can see what has changed.',
  },
};

export default instrument;
