// Prints, per area, the words on its page (frontmatter prose and body) and its question count.
// Usage: npm run content:stats
import { loadContent } from '../src/lib/validation/load.ts';
import { countWords } from '../src/lib/word-count.ts';

const { content } = loadContent('content');
const questions = new Map(content.questions.map((q) => [q.id, q.data.questions.length]));
const rows = [...content.areas]
  .sort((a, b) => a.data.order - b.data.order)
  .map((area) => ({
    area: `${area.data.catalogId} ${area.id}`,
    words: countWords(area.body) + countWords(prose(area.data)),
    processes: area.data.processes.length,
    questions: questions.get(area.id) ?? 0,
  }));
console.table(rows);
const total = (key: 'words' | 'questions' | 'processes') =>
  rows.reduce((sum, r) => sum + r[key], 0);
console.log(
  `Total: ${total('words')} words, ${total('processes')} processes, ${total('questions')} questions in ${rows.length} areas.`,
);

/** The frontmatter fields that are prose a reader sees (ids, dates and references excluded). */
function prose(data: (typeof content.areas)[number]['data']) {
  const {
    summary,
    stakeholders,
    otherStakeholders,
    related,
    endToEnd,
    tools,
    processes,
    kpis,
    maturity,
  } = data;
  return [
    summary,
    stakeholders.map((s) => s.responsibility),
    otherStakeholders,
    related.map((r) => r.how),
    endToEnd.map((e) => e.how),
    tools,
    processes.map((p) => [p.title, p.does, p.good]),
    kpis,
    maturity,
  ];
}
