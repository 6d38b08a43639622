/**
 * «Om samarbeidet» — an optional short part in which the group says who took the initiative,
 * who plans, who delivers, which roles the residents have, how long the work is meant to last
 * and how power and commitments are shared; and {@link placeCollaboration}, which places the
 * collaboration on the line from thin (co-creation: joint planning) to thick (co-production:
 * joint planning *and* delivery).
 *
 * Grounds: the thin/thick traits, Figur 1 (000:499-567), and «relasjonen mellom disse
 * aktørene, arbeidets varighet og håndtering av makt og forpliktelser» as what decides the
 * place (000:586-591); the planning × delivery matrix, Figur 2 (000:592-683); the residents'
 * three roles (000:2785-2797; 001:4757-4779); the ambition question (000:710-715).
 * The seeds give no formula (001:3933-3937 says the group should be able to see its own
 * work's «tykkelse»), so this is ours and deliberately simple: each answer pulls towards thin
 * or thick, and the place is their mean. It is a starting point for talk, not a measurement —
 * the texts in the instrument say so, and a UI must show that text with the placement.
 *
 * What a UI must do (see docs/instrument-1.1.md): show `instrument.collaboration` (title,
 * intro, caveat) as an optional step; render each of {@link COLLABORATION_QUESTIONS} as a radio
 * group (or, for `multiple`, check boxes) from the instrument's question and option texts;
 * store answers with `withCollaborationAnswer` (response.ts); in results and report show
 * `placeCollaboration(response.collaboration)` as a point on a thin ↔ thick line with the
 * band's text, the Figur 2 cell's name, the ambition question and the caveat.
 */
import * as z from '../zod.js';
import { lazyObject } from '../lazy-schema.js';

/** The questions and their answer options, in order. Ids are stable; texts live in the instrument. */
export const COLLABORATION_QUESTIONS = {
  initiative: ['professionals', 'civil-society', 'residents', 'jointly'],
  planning: ['professionals', 'jointly', 'civil-society'],
  delivery: ['professionals', 'jointly', 'civil-society'],
  'resident-roles': ['co-initiators', 'co-designers', 'co-implementers'],
  duration: ['one-off', 'limited', 'lasting'],
  power: ['one-party', 'shared-decisions', 'shared-commitments'],
} as const;

export type CollaborationQuestionId = keyof typeof COLLABORATION_QUESTIONS;
export const COLLABORATION_QUESTION_IDS = Object.keys(COLLABORATION_QUESTIONS) as CollaborationQuestionId[];
/** The one question where several options may be chosen (none chosen is an answer too: "no roles"). */
export const MULTIPLE_CHOICE: ReadonlySet<CollaborationQuestionId> = new Set(['resident-roles']);

const option = <Q extends CollaborationQuestionId>(q: Q) =>
  z.enum(COLLABORATION_QUESTIONS[q] as unknown as [string, ...string[]]);

/** The group's answers; every question optional. Stored as `response.collaboration`. */
export const collaborationAnswersSchema = lazyObject(() => ({
  initiative: z.optional(option('initiative')),
  planning: z.optional(option('planning')),
  delivery: z.optional(option('delivery')),
  'resident-roles': z.optional(z.array(option('resident-roles')).check(z.maxLength(3))),
  duration: z.optional(option('duration')),
  power: z.optional(option('power')),
  /** The group's own words on whether thinner co-creation is the right ambition here (000:710-715). */
  note: z.optional(z.string().check(z.maxLength(4000))),
}));

export type CollaborationAnswers = z.infer<typeof collaborationAnswersSchema>;

/**
 * The cells of Figur 2 (000:592-683), keyed "planning|delivery". Names are in the instrument
 * (`collaboration.cells`); `traditional` is professionals planning and delivering alone.
 */
export const FIGURE_2_CELLS = {
  'professionals|professionals': 'traditional',
  'jointly|professionals': 'planned-with-civil-society',
  'civil-society|professionals': 'no-activity',
  'professionals|jointly': 'delivered-together',
  'jointly|jointly': 'co-production',
  'civil-society|jointly': 'planned-outside-with-contribution',
  'professionals|civil-society': 'commissioned',
  'jointly|civil-society': 'delivered-outside-planned-together',
  'civil-society|civil-society': 'self-organised',
} as const;

export type Figure2Cell = (typeof FIGURE_2_CELLS)[keyof typeof FIGURE_2_CELLS];
export const FIGURE_2_CELL_IDS = [...new Set(Object.values(FIGURE_2_CELLS))] as Figure2Cell[];

/** Where each single-choice answer pulls: 0 thin … 1 thick. */
const PULL: Record<Exclude<CollaborationQuestionId, 'resident-roles'>, Record<string, number>> = {
  // Residents or all parties as co-initiators (000:2789) point to the thicker end.
  initiative: { professionals: 0, 'civil-society': 0.5, residents: 1, jointly: 1 },
  // Joint planning is what makes it co-creation at all (Figur 2's middle row).
  planning: { professionals: 0, 'civil-society': 0.5, jointly: 1 },
  // Joint delivery on top of joint planning is co-production (Figur 2's middle column).
  delivery: { professionals: 0, 'civil-society': 0.5, jointly: 1 },
  // «Et varig tidsperspektiv, uten ekstraordinær projektkarakter» (000:553-554) against «ad hoc» (000:537).
  duration: { 'one-off': 0, limited: 0.5, lasting: 1 },
  // Thin «adresserer … i liten grad makt og styring»; thick «adresserer makt og styring» (000:540, 559).
  power: { 'one-party': 0, 'shared-decisions': 0.5, 'shared-commitments': 1 },
};

export type Band = 'thin' | 'between' | 'thick';

export const placementSchema = lazyObject(() => ({
  /** 0 thin (co-creation) … 10 thick (co-production), one decimal; null until planning and delivery are answered. */
  position: z.nullable(z.number().check(z.gte(0), z.lte(10))),
  band: z.nullable(z.enum(['thin', 'between', 'thick'])),
  /** The Figur 2 cell for the planning and delivery answers, if both are given. */
  cell: z.nullable(z.enum(FIGURE_2_CELL_IDS as [Figure2Cell, ...Figure2Cell[]])),
  /** True when professionals plan and deliver alone: by the handbook's figure this is not co-creation yet. */
  traditional: z.boolean(),
  /** How each answered question pulls, 0 thin … 1 thick: lets a UI say why. */
  pulls: z.array(z.object({ question: z.string(), pull: z.number().check(z.gte(0), z.lte(1)) })),
  answered: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
}));

export type Placement = z.infer<typeof placementSchema>;

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** Thin below 3.5, thick from 6.5 — wide bands on purpose: the line is coarse. */
export function bandOf(position: number): Band {
  return position < 3.5 ? 'thin' : position < 6.5 ? 'between' : 'thick';
}

/**
 * Places the collaboration on the thin ↔ thick line: the mean pull of the answered questions
 * (each 0 thin … 1 thick, the residents' roles as the share of the three roles they hold),
 * scaled to 0–10. Planning and delivery — the two axes of Figur 2 — must both be answered
 * before there is a position; the other questions refine it. Pure: same answers, same place.
 */
export function placeCollaboration(answers: CollaborationAnswers | undefined): Placement {
  const a = answers ?? {};
  const pulls: Array<{ question: string; pull: number }> = [];
  for (const question of COLLABORATION_QUESTION_IDS) {
    if (question === 'resident-roles') {
      const roles = a['resident-roles'];
      if (roles) pulls.push({ question, pull: new Set(roles).size / 3 });
      continue;
    }
    const answer = a[question];
    if (answer !== undefined) pulls.push({ question, pull: PULL[question][answer]! });
  }
  const cell = a.planning && a.delivery ? FIGURE_2_CELLS[`${a.planning}|${a.delivery}` as keyof typeof FIGURE_2_CELLS] : null;
  const position = cell ? oneDecimal((10 * pulls.reduce((sum, p) => sum + p.pull, 0)) / pulls.length) : null;
  return {
    position,
    band: position === null ? null : bandOf(position),
    cell,
    traditional: cell === 'traditional',
    pulls,
    answered: pulls.length,
    total: COLLABORATION_QUESTION_IDS.length,
  };
}

/** The texts of «Om samarbeidet» in one language: part of the instrument (`instrument.collaboration`). */
export const collaborationContentSchema = lazyObject(
  () => {
    const text = z.string().check(z.minLength(1), z.maxLength(2000));
    const source = z.string().check(z.regex(/^\d{3}:\d+(-\d+)?(; \d{3}:\d+(-\d+)?)*$/));
    return {
      title: text,
      intro: text,
      /** Says plainly that the placement is a starting point for talk, not a measurement. */
      caveat: text,
      questions: z.array(
        z.object({
          id: z.enum(COLLABORATION_QUESTION_IDS as [CollaborationQuestionId, ...CollaborationQuestionId[]]),
          text,
          help: z.optional(text),
          options: z.array(z.object({ id: z.string(), label: text })),
          source,
        }),
      ),
      /** The thin and thick ends and the middle, with the handbook's explanation. */
      bands: z.object({
        thin: z.object({ name: text, text }),
        between: z.object({ name: text, text }),
        thick: z.object({ name: text, text }),
      }),
      /** Names of Figur 2's cells. */
      cells: z.record(z.enum(FIGURE_2_CELL_IDS as [Figure2Cell, ...Figure2Cell[]]), text),
      /** «… eller er en tynnere samskaping … et passelig ambisjonsnivå?» (000:710-715). */
      ambition: text,
      /** Shown when professionals plan and deliver alone. */
      traditional: text,
      source,
    };
  },
  z.refine(
    (content) =>
      content.questions.length === COLLABORATION_QUESTION_IDS.length &&
      content.questions.every(
        (q, i) =>
          q.id === COLLABORATION_QUESTION_IDS[i] &&
          q.options.map((o) => o.id).join('|') === COLLABORATION_QUESTIONS[q.id].join('|'),
      ),
    { message: 'the questions and their options must be the ones the placement knows, in order' },
  ),
);

export type CollaborationContent = z.infer<typeof collaborationContentSchema>;
