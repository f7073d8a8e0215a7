import { areaAnchors } from '../../area-sections.ts';
import { bodyHeadings } from '../../headings.ts';
import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { countBy, problemAt } from './helpers.ts';

type QuestionEntry = ContentSet['questions'][number];
type AreaEntry = ContentSet['areas'][number];

/** Rules of the question bank: pairing with areas, unique ids, complete options, valid links to guidance. */
export function checkQuestions(
  content: ContentSet,
  invalid: ReadonlySet<string> = new Set(),
): Problem[] {
  const areas = new Map(content.areas.map((a) => [a.id, a]));
  const idCounts = countBy(
    content.questions.flatMap((file) => file.data.questions.map((q) => q.id)),
  );
  return [
    ...checkPairing(content, invalid),
    ...content.questions.flatMap((file) => checkFile(file, areas.get(file.id), idCounts)),
  ];
}

// An entry that failed its schema still exists: its own problems are reported, not its absence.
function checkPairing({ areas, questions }: ContentSet, invalid: ReadonlySet<string>): Problem[] {
  const questionIds = new Set([...questions.map((q) => q.id), ...idsIn(invalid, 'questions')]);
  const areaIds = new Set([...areas.map((a) => a.id), ...idsIn(invalid, 'areas')]);
  return [
    ...areas
      .filter((a) => !questionIds.has(a.id))
      .map((a) => ({
        file: a.file,
        path: '',
        message: `the area has no questionnaire: add content/questions/${a.id}.yaml`,
      })),
    ...questions
      .filter((q) => !areaIds.has(q.id))
      .map((q) => ({
        file: q.file,
        path: '',
        message: `there is no area named "${q.id}": the file name must match a file in content/areas/`,
      })),
  ];
}

function idsIn(invalid: ReadonlySet<string>, collection: string): string[] {
  return [...invalid]
    .filter((key) => key.startsWith(`${collection}/`))
    .map((key) => key.slice(collection.length + 1));
}

function checkFile(
  file: QuestionEntry,
  area: AreaEntry | undefined,
  idCounts: Map<string, number>,
): Problem[] {
  const anchors =
    area &&
    areaAnchors(
      area.data.processes.map((p) => p.id),
      bodyHeadings(area.body ?? '').map((h) => h.slug),
    );
  const processIds = new Set(area?.data.processes.map((p) => p.id));
  return file.data.questions.flatMap((question, index) => {
    const at = (path: PropertyKey[], message: string) =>
      problemAt(file, ['questions', index, ...path], message);
    const problems: Problem[] = [];
    if ((idCounts.get(question.id) ?? 0) > 1)
      problems.push(at(['id'], `"${question.id}" is used by more than one question in the bank`));
    problems.push(...checkOptions(question.options, at));
    if (!area) return problems;
    if (anchors && !anchors.has(question.anchor))
      problems.push(
        at(
          ['anchor'],
          `"#${question.anchor}" is not an anchor on /areas/${area.id}/ (use a process id such as "${firstAnchor(area)}", a section id, or the id of a ### heading)`,
        ),
      );
    question.processes.forEach((id, i) => {
      if (!processIds.has(id))
        problems.push(
          at(
            ['processes', i],
            `"${id}" is not a business process of ${area.data.catalogId} ${area.data.title}`,
          ),
        );
    });
    return problems;
  });
}

type At = (path: PropertyKey[], message: string) => Problem;

function checkOptions(
  options: QuestionEntry['data']['questions'][number]['options'],
  at: At,
): Problem[] {
  const problems: Problem[] = [];
  const levels = countBy(options.map((o) => o.level));
  for (const level of [1, 2, 3, 4, 5]) {
    const count = levels.get(level) ?? 0;
    if (count !== 1)
      problems.push(
        at(
          ['options'],
          count
            ? `level ${level} appears ${count} times: each level 1 to 5 must appear exactly once`
            : `no option has level ${level}: each level 1 to 5 must appear exactly once`,
        ),
      );
  }
  options.forEach((option, i) => {
    if (option.level < 5 && !option.advice)
      problems.push(
        at(
          ['options', i, 'advice'],
          `is missing: an option below level 5 needs advice, the concrete next step toward level ${option.level + 1}`,
        ),
      );
    if (option.level === 5 && option.advice)
      problems.push(
        at(['options', i, 'advice'], 'level 5 has no level above it: remove the advice'),
      );
  });
  return problems;
}

function firstAnchor(area: AreaEntry): string {
  return area.data.processes[0]?.id.replaceAll('.', '-') ?? 'overview';
}
