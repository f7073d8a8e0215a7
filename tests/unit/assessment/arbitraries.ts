import fc from 'fast-check';
import {
  ASSESSMENT_FORMAT,
  type Answer,
  type AssessmentFile,
} from '../../../src/schemas/assessment-file.ts';
import { bank } from './helpers.ts';

const bankQuestionIds = bank.areas.flatMap((area) => area.questions.map((q) => q.id));
const bankAreaSlugs = bank.areas.map((area) => area.slug);
const bankRoleSlugs = bank.roles.map((role) => role.slug);

export const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
export const levelArb = fc.integer({ min: 1, max: 5 });
export const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  levelArb,
  fc.constant('na' as const),
  fc.constant('unknown' as const),
);

/** Mostly questions of the sample bank, sometimes retired ones. */
export const questionIdArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...bankQuestionIds) },
  { weight: 1, arbitrary: slugArb },
);
const areaSlugArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...bankAreaSlugs) },
  { weight: 1, arbitrary: slugArb },
);

/** Any Unicode text (code points, so at most 2 UTF-16 units each), trimmed as the schema trims. */
const textArb = (maxLength: number) =>
  fc.string({ unit: 'binary', maxLength }).map((s) => s.trim());

const dateTimeArb = fc
  .tuple(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    fc.boolean(),
  )
  .map(([date, withOffset]) =>
    withOffset ? date.toISOString().replace('Z', '+05:30') : date.toISOString(),
  );

const dictionary = <V>(key: fc.Arbitrary<string>, value: fc.Arbitrary<V>) =>
  fc.dictionary(key, value, { maxKeys: 10, noNullPrototype: true });

const dayArb = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const planEntryArb = fc.record(
  {
    status: fc.constantFrom('open', 'planned', 'in-progress', 'done', 'wont-do'),
    owner: textArb(40).filter((owner) => owner.length > 0),
    due: dayArb,
    note: textArb(200),
  },
  { requiredKeys: ['status'], noNullPrototype: true },
);

/** A valid assessment file (format version 2) of the sample bank or of another bank version. */
export const assessmentFileArb: fc.Arbitrary<AssessmentFile> = fc.record(
  {
    format: fc.constant(ASSESSMENT_FORMAT),
    version: fc.constant(2 as const),
    bank: fc.record({
      version: fc.oneof(fc.constant(bank.version), fc.stringMatching(/^[0-9a-f]{16}$/)),
    }),
    title: textArb(60).filter((title) => title.length > 0),
    respondent: fc.record(
      { name: textArb(60), role: textArb(40) },
      { requiredKeys: [], noNullPrototype: true },
    ),
    createdAt: dateTimeArb,
    updatedAt: dateTimeArb,
    scope: fc.uniqueArray(areaSlugArb, { maxLength: 4 }),
    focusRole: fc.oneof(fc.constantFrom(...bankRoleSlugs), slugArb),
    targets: dictionary(areaSlugArb, levelArb),
    answers: dictionary(questionIdArb, answerArb),
    notes: dictionary(questionIdArb, textArb(200)),
    plan: dictionary(questionIdArb, planEntryArb),
    milestone: fc.record({
      name: textArb(60).filter((name) => name.length > 0),
      frozenAt: dateTimeArb,
    }),
    carriedOver: fc.record({
      from: fc.record({
        name: textArb(60).filter((name) => name.length > 0),
        frozenAt: dateTimeArb,
      }),
      unreviewed: fc.uniqueArray(questionIdArb, { maxLength: 5 }),
    }),
  },
  {
    requiredKeys: [
      'format',
      'version',
      'bank',
      'title',
      'createdAt',
      'updatedAt',
      'scope',
      'targets',
      'answers',
      'notes',
    ],
    noNullPrototype: true,
  },
);

/** Answers to the sample bank only: what scoring properties need. */
export const bankAnswersArb = dictionary(fc.constantFrom(...bankQuestionIds), answerArb);

/** A scope of the sample bank, with or without a focus role. */
export const bankScopeArb = fc.record(
  { scope: fc.subarray(bankAreaSlugs), focusRole: fc.constantFrom(...bankRoleSlugs) },
  { requiredKeys: ['scope'], noNullPrototype: true },
);
