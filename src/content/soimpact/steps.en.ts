import type { StepContent } from '../../core/soimpact/steps.js';

/**
 * SoImpact's ten steps with guidance, in English. Written for English-speaking readers
 * from the same sources as the bokmål file; `source` gives document:lines.
 */
const content: StepContent = {
  format: 'soimpact-steps@1',
  locale: 'en',
  steps: [
    {
      id: 'problem',
      number: 1,
      title: 'The societal problem',
      task: 'Describe the societal problem that the social-innovation initiative is meant to solve.',
      guidance: [
        'Start from the situation today: what is the problem, who does it affect, and how large is it?',
        'Many societal problems are "wicked": cause and effect cannot always be pinned down. Write down what you know and what you are unsure about.',
        'Describe the need and the results and effects you want – not the solution you already have in mind.',
      ],
      source: '000:281-291; 003:793-800; 003:1129',
    },
    {
      id: 'goals',
      number: 2,
      title: 'Overall goals',
      task: 'Draw up the overall goals of the initiative.',
      guidance: [
        'What change do you want to create? Write the goals together, so that every partner can rally behind a shared aim.',
        'Each partner may have goals of its own. They are legitimate as long as they point towards the shared goal.',
        'Goals often change along the way. Note when and why you change them.',
      ],
      source: '000:1425-1464; 000:2800; 001:4052-4056',
    },
    {
      id: 'target-groups',
      number: 3,
      title: 'Target-group analysis',
      task: 'Carry out a target-group analysis.',
      guidance: [
        'Who are the most important target groups? Outcomes and impacts are measured for them, so they need to be clear.',
        'Value can arise for individuals, for organisations (the municipality included) and for society. Think through all three levels.',
        'Involve people with first-hand experience of the problem when you describe the target groups.',
      ],
      source: '000:2461-2466; 000:2474-2489; 000:2505-2507; 001:4080-4088',
    },
    {
      id: 'activities',
      number: 4,
      title: 'Main activities and theory of change',
      task: 'Describe the main activities of the initiative and define its theory of change.',
      guidance: [
        'List the concrete activities you carry out – the things you can count.',
        'The theory of change explains how you expect the activities to lead to outputs, outcomes and impacts for the target groups.',
        'Is there sound evidence for the links your assumptions rest on? Say where the evidence comes from.',
        'Make sure you measure what your joint initiative changes, not just how busy you are.',
      ],
      source: '000:2535-2536; 000:2582; 000:2818-2819; 000:2826-2829',
    },
    {
      id: 'indicators',
      number: 5,
      title: 'Indicators',
      task: 'Develop indicators at output, outcome and impact level.',
      guidance: [
        'Outputs are the direct results of the activities, for example how many people attended a course.',
        'Outcomes are the direct effects on the target groups that the initiative very probably causes, for example how many found a job after the course.',
        'Impacts are longer-term changes the initiative plausibly contributes to without being their only cause, for example how many are in work a year later.',
        'The further right in the chain, the less certain it is that a change is due to the initiative. Impacts are usually supported by research and statistics.',
        'Discuss which indicators can show the value of prevention (long-term gains), not only of repair and firefighting (short-term gains).',
      ],
      source: '000:2535-2566; 000:2821-2824; 001:4076-4097; 003:1122-1125',
    },
    {
      id: 'methods',
      number: 6,
      title: 'Measurement methods',
      task: 'Design the measurement methods for the indicators.',
      guidance: [
        'Combine quantitative and qualitative data: registers, accounts and data sets alongside interviews and observation.',
        'Make room for objective data and for subjective data from the people the initiative is for – their own voices.',
        'Interviews, life stories and experiences are often good sources for seeing change.',
        'Give a data source and a measurement frequency for each indicator.',
      ],
      source: '000:2420-2423; 000:2491-2498; 000:2835-2842',
    },
    {
      id: 'targets',
      number: 7,
      title: 'Targets',
      task: 'Set a target for each indicator.',
      guidance: [
        'Set one target value and a date for each indicator: where do you want to be, and by when?',
        'Some goals are a decrease, such as fewer days spent alone. Then the target is lower than the baseline.',
        'Targets are not set in stone. Frozen indicators can undermine the very innovation they were meant to measure. Revise them as you learn, and note why.',
      ],
      source: '000:2330-2339; 000:2588; 001:4057-4058',
    },
    {
      id: 'baseline',
      number: 8,
      title: 'Baseline',
      task: 'Take baseline measurements – the starting point of the initiative.',
      guidance: [
        'Measure before the initiative begins. The baseline is what you compare with later.',
        'Some indicators naturally start at zero, such as the number of participants. Enter 0 with the date the initiative started.',
        'If there is no baseline, leave the field empty. Progress is then shown without pretending it is known.',
      ],
      source: '000:2590-2591; 003:1135-1137',
    },
    {
      id: 'measurements',
      number: 9,
      title: 'Regular measurement',
      task: 'Measure regularly so that you can steer the work in the right direction.',
      guidance: [
        'Plan who collects which data, who keeps an eye on the figures, when and how.',
        'Boost Refugee followed up its measurements every month so that it could adjust the programme as it went.',
        'Add a short note to any measurement that needs explaining, such as a new way of counting.',
      ],
      source: '000:2507-2509; 003:1164-1165',
    },
    {
      id: 'evaluation',
      number: 10,
      title: 'Evaluation and adjustment',
      task: 'Use the measurements to evaluate and adjust the initiative.',
      guidance: [
        'Agree on who you measure for: your own steering, the municipality’s politicians and managers, investors or others.',
        'Record and use negative experiences too, and what did not go to plan.',
        'Write down what you learned and what you are changing. Use the results inside and outside the partnership to build legitimacy and motivation.',
      ],
      source: '000:2811-2816; 000:2844-2850; 003:1139-1141',
    },
  ],
  advice: [
    {
      id: 'stakeholders',
      title: 'Involve the stakeholders',
      text: 'Researchers, professionals and caseworkers know a lot about indicators, but the people who live with the problem often know most about its causes and what helps. Bring the knowledge of the people it concerns into the design of the indicators.',
      source: '000:2461-2466',
    },
    {
      id: 'known-indicators',
      title: 'Look for and use established indicators',
      text: 'Many have measured social value before. Look for what has worked elsewhere and the indicators others have used – it saves effort and uncertainty.',
      source: '000:2468-2472; 000:2831-2833',
    },
    {
      id: 'levels',
      title: 'Measure value at several levels',
      text: 'Value is created for individuals, for organisations (the municipality included) and for society, and the levels can pull against each other: a digital service may end the queue at the welfare office yet take away the sense of being seen from some of the people who use it.',
      source: '000:2474-2489',
    },
    {
      id: 'mixed-data',
      title: 'Combine quantitative and qualitative data',
      text: 'Registers and accounts tell you a lot; interviews and observation tell you something else. Together they give a far fuller picture than any one method alone.',
      source: '000:2491-2498',
    },
    {
      id: 'prioritise',
      title: 'Prioritise the indicators and plan how to follow them',
      text: 'What are the most important goals, who are the most important target groups, and which indicators capture them best? Decide who collects which data, who monitors the figures, when and how.',
      source: '000:2500-2509',
    },
  ],
};

export default content;
