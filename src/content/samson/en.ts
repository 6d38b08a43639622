import { assemble, type InstrumentTexts } from './structure.js';
import collaboration from './collaboration.en.js';

/** SAMSON 1.1 in English. Statements are our own wording of the sub-themes in the seeds; tags and sources are in structure.ts. */
const texts: InstrumentTexts = {
  locale: 'en',
  title: 'SAMSON – a co-creation scorecard',
  values: {
    apenhet: {
      name: 'Openness',
      description:
        'Openness means welcoming what others can bring – experience, knowledge and resources – without feeling threatened. It should be fine to say unusual things, suggest new ideas and question established truths. Openness also means showing others what we are doing, inviting ideas from outside and being available to each other.',
      question: 'How important is openness to our collaboration?',
    },
    demokrati: {
      name: 'Democracy',
      description:
        'Democracy here is not about voting in elections but about real influence over how solutions are designed and carried out. The people a solution is meant to make life better for should have as much say as everyone else. Life experience counts as expertise – not instead of professional knowledge, but alongside it.',
      question: 'How important is democracy to our collaboration?',
    },
    kreativitet: {
      name: 'Creativity',
      description:
        'Creativity means reaching for what is new and useful, rather than making small adjustments to what we have always done. New ideas usually come from conversations between people who think differently. That takes room, permission and opportunity to think beyond our usual routines.',
      question: 'How important is creativity to our collaboration?',
    },
    ledelse: {
      name: 'Leadership',
      description:
        'Leadership here is not mainly about one person but about what keeps the collaboration moving. It means facilitating, building trust, handling disagreement and making sure everyone is heard. No single party should hold all the power – leadership can be shared among us.',
      question: 'How important is leadership to our collaboration?',
    },
  },
  fields: {
    likeverdighet: {
      name: 'Equal partnership',
      description:
        'Equal partnership is where the energy of co-creation comes from: when partners meet as equals, they share knowledge and resources, learn from each other and achieve more together. That takes trust, and trust takes time. Old habits – the municipality deciding, voluntary groups waiting for grants and permits – need to be challenged and replaced with new ways of working. The municipality should not step back, but take on a different role.',
      prompt: 'Where do one or more of you feel that the conditions for an equal partnership are not quite there?',
      statements: {
        'likeverdighet-1': 'Knowledge and resources flow both ways between the partners.',
        'likeverdighet-2': 'We take the time needed to build trust, even when it is slow.',
        'likeverdighet-10':
          'If anyone slips back into old habits where the municipality decides and the others fall in line, we raise it.',
        'likeverdighet-4': 'We work as equal partners, not as one side placing orders and the others delivering.',
        'likeverdighet-5':
          'We meet on neutral ground or where residents and volunteers feel at home, not only on municipal premises.',
        'likeverdighet-11': 'The municipality takes an active, visible part in the collaboration.',
        'likeverdighet-7': 'We make the important decisions together.',
        'likeverdighet-8': 'Residents and volunteers have as much chance as the professionals to shape the solutions.',
        'likeverdighet-12': 'Each of the partners feels that the conditions for equal partnership are in place.',
      },
    },
    'felles-mal': {
      name: 'Shared goals',
      description:
        'It is hard to create something together if the partners pull in different directions. A vision is not a slogan but a picture of a future you want, created together. Each partner can have their own aims, but they must not overshadow the shared goal. Goals can change along the way as you learn.',
      prompt: 'Do you have a shared picture of where you want to go together – and is everyone behind it?',
      statements: {
        'felles-mal-9': 'We share a picture of the future we want to create.',
        'felles-mal-2': 'Our vision was created by all of us together, not by one partner alone or an outside consultant.',
        'felles-mal-10': 'If each of us were asked, we would all describe the goal in much the same way.',
        'felles-mal-4': 'We remind each other of our shared goal along the way, not just at the start.',
        'felles-mal-5': 'There is room for each partner to have their own aims alongside the shared goal.',
        'felles-mal-6': 'Our collaboration rests on goals we share, not just on one partner’s goals.',
        'felles-mal-7': 'Our goals are concrete and easy for everyone involved to understand.',
        'felles-mal-8': 'We adjust our goals together when we have learned something new.',
        'felles-mal-11': 'Ownership of the goals is broad, not held by just a few of us.',
      },
    },
    kommunikasjon: {
      name: 'Communication',
      description:
        'Open and honest communication is the backbone of the collaboration, both to prevent problems and to sort them out. In practice it means talking together regularly and properly, so that everyone gets to speak in their own words. It also means talking about how you communicate, building a shared “we” instead of “us and them”, and telling the people around you what you are doing.',
      prompt: 'Do you talk enough – with each other and with the people around you?',
      statements: {
        'kommunikasjon-1': 'We talk together regularly, not only when something is urgent.',
        'kommunikasjon-2': 'We raise disagreements and talk them through, even if we don’t always end up agreeing.',
        'kommunikasjon-3': 'We speak in a way everyone understands, without official or professional jargon.',
        'kommunikasjon-8': 'We take time to talk about how we talk to each other.',
        'kommunikasjon-9': 'When we talk about the collaboration, we say “we”, not “us and them”.',
        'kommunikasjon-10': 'The professionals among us deliberately hold back and listen, so the others get a say.',
        'kommunikasjon-7': 'We tell people outside the collaboration what we are doing and why.',
      },
    },
    forankring: {
      name: 'Building support (anchoring)',
      description:
        'Anchoring gives stability when the work brings change and uncertainty. The work needs support “down and out” – with the people it is meant to help and with the partners – and needs to be secured “upwards” in decisions, budgets and plans and with senior leaders. Don’t forget support from the people who handle the administration: lacking it is one of the most common reasons collaborations fail.',
      prompt:
        'Is the work rooted among the people who know the problem from their own lives – and secured all the way up to senior management and the politicians?',
      statements: {
        'forankring-1': 'The work builds on what the residents it is for say they want and need.',
        'forankring-10': 'The residents the work is for help to shape the solutions.',
        'forankring-14': 'Each of the organisations taking part is committed to the work in its own right.',
        'forankring-3': 'Our work has support across departments and services, not only among those of us involved.',
        'forankring-4': 'Our work is backed by political decisions, budgets or plans.',
        'forankring-12': 'The leadership of our organisations is kept informed about how things are going.',
        'forankring-7': 'We get the administrative help we need from the organisations we come from.',
        'forankring-8': 'Our work has support in the local community, for example from associations and local businesses.',
        'forankring-9': 'We celebrate what goes well – small steps forward too.',
      },
    },
    tilrettelegging: {
      name: 'Facilitation',
      description:
        'Equal partnership, shared goals, good communication and anchoring do not happen by themselves – goodwill is not enough. Facilitation means making the collaboration as easy as possible for everyone and involving everyone it affects. It covers regular meetings and good routines as well as the small practical details that make people feel valued. This is where the value of leadership is put into practice.',
      prompt: 'What makes it easier – or harder – for each of you to take part?',
      statements: {
        'tilrettelegging-1': 'Some of us are clearly responsible for making the collaboration run smoothly.',
        'tilrettelegging-2': 'Agenda items are sent out in advance so everyone can think them over before we decide anything.',
        'tilrettelegging-3': 'What we agree on is written down and easy for everyone to find again.',
        'tilrettelegging-10': 'Meetings are held at times that suit everyone, including those who take part in their spare time.',
        'tilrettelegging-5': 'Practical things like the room, food and parking are sorted, so everyone feels welcome.',
        'tilrettelegging-11': 'We see for ourselves how the services work in practice.',
        'tilrettelegging-7': 'We worked out the practical arrangements together, such as the meeting schedule.',
        'tilrettelegging-8': 'We adapt to individual needs, for example with lifts, childcare or help with language.',
        'tilrettelegging-9': 'There is room for informal contact, for example over a meal.',
      },
    },
    ressursfokus: {
      name: 'Focus on resources',
      description:
        'Look forwards and outwards: start with resources and opportunities, and deal with obstacles afterwards. Nothing new comes from complaining about the past, reminiscing about old successes or worrying about the future. Co-creation builds on people’s strengths and resources, not on their problems.',
      prompt: 'If you turn your problems completely around, what opportunities can you see?',
      statements: {
        'ressursfokus-1': 'We look at opportunities and resources first, and deal with obstacles afterwards.',
        'ressursfokus-2': 'We focus more on what we want to achieve than on what has gone wrong.',
        'ressursfokus-9': 'We can describe in concrete terms what the future looks like when we succeed.',
        'ressursfokus-10': 'In this collaboration, everyone is seen as a person with resources, not as a problem.',
        'ressursfokus-11': 'We use our networks to see the problem from several sides.',
        'ressursfokus-6': 'We look for resources beyond our usual circles.',
        'ressursfokus-7': 'We try to get ahead of problems rather than just fighting fires.',
        'ressursfokus-12': 'The residents the work is for help to judge whether the solutions work.',
      },
    },
    kompetansekomplementaritet: {
      name: 'Combining different kinds of expertise',
      description:
        'This field is about working with several kinds of expertise at once – and about learning together. Professional knowledge matters, but it is not the only knowledge that counts: everyone’s life experience, abilities and skills are valuable too. A good collaboration becomes a community that learns, and that also talks about attitudes and willingness to change.',
      prompt: 'When did you last look for new and surprising expertise that could complement your own?',
      statements: {
        'kompetansekomplementaritet-1': 'We complement each other because we bring different knowledge and experience.',
        'kompetansekomplementaritet-2': 'In this collaboration, life experience counts as much as professional knowledge.',
        'kompetansekomplementaritet-3': 'The professionals among us put their expertise to work alongside what the others know.',
        'kompetansekomplementaritet-10':
          'The professionals among us learn as readily from residents’ experience as from each other.',
        'kompetansekomplementaritet-5': 'We talk openly about how willing we are to change the way we work.',
        'kompetansekomplementaritet-6': 'When we see the problem differently, we use that to reach a new, shared understanding.',
        'kompetansekomplementaritet-7': 'We look for knowledge and experience that our group is missing.',
        'kompetansekomplementaritet-8': 'We regularly ask each other: what have we learned since last time?',
        'kompetansekomplementaritet-11': 'When we disagree on professional matters, it becomes learning for all of us.',
      },
    },
  },
  guidance: {
    intro: [
      'SAMSON is a tool for a conversation about your co-creation. You answer questions about four values and seven fields of action, and get a profile showing where you stand. The score is a starting point for talking, not a grade.',
      'Answer together as a group, on one screen, and let everyone taking part – staff, volunteers and residents – have their say. What you disagree about is often what is most worth talking about. After each statement you can write down ideas for action.',
      'There is no recipe. Adapt the questions and actions to your own local situation. Allow two or three meetings, with two or three fields per meeting.',
      'Nothing leaves your browser. Your answers are stored only on this device unless you export them.',
    ],
    weighting:
      'First: what matters most to your collaboration – openness, democracy, creativity or leadership? Share out 20 points between the four values. The value with the most points becomes the most important one in the profile. The points never change a score; they only show what you yourselves think matters most.',
    disagreement:
      'Do you disagree about what matters most? Talk about it before you answer. Different views are worth bringing out.',
    idea: 'Write down ideas for action that you agree on – they will appear in your action plan and report.',
    results:
      'The grey area shows how important you rated this. The bold line shows where you are now. Look for themes you rate as important but score low on. Open a field to see which statements pull the score up or down.',
    compare: 'What has happened since last time that could explain the change? What have we learned?',
    report:
      'Use the report to plan and prioritise your next actions. An action that worked elsewhere may not work here – check it against your own situation.',
    repeat: 'Come back after a period of working together and repeat the assessment, so you can see what has changed.',
    points:
      'You have 20 points to share out. Giving one value more points means giving another fewer – that is how the weighting shows what matters most to you.',
    migrated:
      'These answers were given to an earlier edition of SAMSON. Some statements changed in version 1.1. Answers to statements that are unchanged have been kept. What you answered and wrote for statements that changed or were removed is kept under “Earlier answers”.',
  },
  collaboration: collaboration,
};

export default assemble(texts);
