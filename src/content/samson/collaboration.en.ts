import type { CollaborationContent } from '../../core/samson/placement.js';

/** «Om samarbeidet» (About the collaboration) in English. Sources: 000 handbook, 001 research report (see placement.ts). */
const collaboration: CollaborationContent = {
  title: 'About the collaboration',
  intro:
    'A few short questions about how your collaboration is put together: who took the initiative, who plans, who delivers, and how power and commitments are shared. Your answers place the collaboration on the line from thin to thick co-creation. This part is optional.',
  caveat:
    'The placement is a starting point for a conversation, not a measurement. It rests on a handful of answers, and neither thin nor thick is right in itself.',
  questions: [
    {
      id: 'initiative',
      text: 'Who took the initiative for the collaboration?',
      options: [
        { id: 'professionals', label: 'The municipality or another public body' },
        { id: 'civil-society', label: 'A voluntary organisation or a social entrepreneur' },
        { id: 'residents', label: 'The residents it concerns' },
        { id: 'jointly', label: 'Several partners together, residents included' },
      ],
      source: '000:2785-2797; 001:4761-4762',
    },
    {
      id: 'planning',
      text: 'Who plans and designs the solutions?',
      options: [
        { id: 'professionals', label: 'Public-sector professionals, on their own' },
        { id: 'jointly', label: 'Professionals and civil society together' },
        { id: 'civil-society', label: 'Civil society, without the professionals' },
      ],
      source: '000:592-683',
    },
    {
      id: 'delivery',
      text: 'Who delivers what you have planned?',
      options: [
        { id: 'professionals', label: 'Public-sector professionals, on their own' },
        { id: 'jointly', label: 'Professionals and civil society together' },
        { id: 'civil-society', label: 'Civil society, without the professionals' },
      ],
      source: '000:592-683',
    },
    {
      id: 'resident-roles',
      text: 'Which roles do the residents the work is for have? Choose all that apply.',
      help: 'Leaving all unticked means the residents do not have any of these roles yet.',
      options: [
        { id: 'co-initiators', label: 'They help to take the initiative' },
        { id: 'co-designers', label: 'They help to design the solutions' },
        { id: 'co-implementers', label: 'They help to put the solutions into practice' },
      ],
      source: '000:2785-2797; 001:4757-4772',
    },
    {
      id: 'duration',
      text: 'How long is the collaboration meant to last?',
      options: [
        { id: 'one-off', label: 'A few meetings or a short process' },
        { id: 'limited', label: 'A project with an end date' },
        { id: 'lasting', label: 'Lasting, with no fixed end date' },
      ],
      source: '000:527-567; 000:586-591',
    },
    {
      id: 'power',
      text: 'How are power and commitments shared?',
      options: [
        { id: 'one-party', label: 'One partner decides, the others advise' },
        { id: 'shared-decisions', label: 'We decide together, but one partner carries the commitments' },
        { id: 'shared-commitments', label: 'We decide together, and everyone commits time, money or responsibility' },
      ],
      source: '000:540; 000:559-560; 000:586-591',
    },
  ],
  bands: {
    thin: {
      name: 'Thin co-creation',
      text: 'Thin co-creation is joint planning: residents and others are invited in as active partners in dialogue, often in a time-limited process, and the collaboration ends before the service is up and running. Power and governance change little.',
    },
    between: {
      name: 'Between thin and thick',
      text: 'The collaboration has features of both: some things are planned or delivered together, but not everything. See which answers pull towards the thin end and which towards the thick end.',
    },
    thick: {
      name: 'Thick co-creation (co-production)',
      text: 'Thick co-creation, or co-production, is joint planning and joint delivery: an equal and lasting collaboration to develop, deliver and evaluate the services, in which power and roles are often redefined.',
    },
  },
  cells: {
    traditional: 'Traditional professional services',
    'planned-with-civil-society': 'Professional services that civil society has helped to plan',
    'no-activity': 'No activity',
    'delivered-together': 'Working together to deliver services planned by professionals',
    'co-production': 'Professionals and civil society create together',
    'planned-outside-with-contribution': 'Services planned outside the professions, with their contribution',
    commissioned: 'Commissioned and tendered services',
    'delivered-outside-planned-together': 'Delivered outside the professions, but planned with professionals',
    'self-organised': 'Self-organised services in civil society',
  },
  ambition:
    'Are there areas where the collaboration moves further towards joint delivery than elsewhere – or is thinner co-creation around planning and designing solutions the right level of ambition for you?',
  traditional:
    'From your answers, professionals plan and deliver on their own. By the handbook’s figure this is a traditional service – not yet co-creation.',
  source: '000:499-567; 000:586-683; 000:710-715; 000:2785-2797; 001:3933-3937; 001:4757-4779',
};

export default collaboration;
