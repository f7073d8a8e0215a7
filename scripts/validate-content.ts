// Checks content/ without building the site: every schema and every rule across entries.
// Usage: npm run validate [-- <content folder>]
import { validateContent } from '../src/lib/validation/index.ts';
import { formatReport } from '../src/lib/validation/problem.ts';

const root = process.argv[2] ?? 'content';
const problems = validateContent(root, root.replace(/\/$/, ''));
if (problems.length) {
  console.error(formatReport(problems, `Content in ${root}/ has problems`));
  process.exitCode = 1;
} else {
  console.log(`Content in ${root}/ is valid.`);
}
