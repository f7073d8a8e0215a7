// Prints the mutation score per folder of src/lib from Stryker's JSON report, and fails when
// src/lib/assessment or src/lib/validation is below 85 % (the floor of the code-health issue).
import { readFileSync } from 'node:fs';

const FLOOR = 85;
const GUARDED = ['src/lib/assessment', 'src/lib/validation'];
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const folders = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = file.split('/').slice(0, 3).join('/');
  const tally = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0, timeout: 0 };
  for (const mutant of mutants) {
    if (mutant.status === 'Killed') tally.killed += 1;
    else if (mutant.status === 'Timeout') tally.timeout += 1;
    else if (mutant.status === 'Survived') tally.survived += 1;
    else if (mutant.status === 'NoCoverage') tally.noCoverage += 1;
  }
  folders.set(folder, tally);
}
let failed = false;
console.log('Mutation score per folder (killed + timeout over all valid mutants):');
for (const [folder, t] of [...folders].sort()) {
  const detected = t.killed + t.timeout;
  const total = detected + t.survived + t.noCoverage;
  const score = total === 0 ? 100 : (detected / total) * 100;
  const guard = GUARDED.some((g) => folder.startsWith(g));
  if (guard && score < FLOOR) failed = true;
  console.log(
    `  ${folder.padEnd(28)} ${score.toFixed(1).padStart(5)} %  (${detected}/${total}; ${t.survived} survived, ${t.noCoverage} not covered)${guard ? `  floor ${FLOOR} %` : ''}`,
  );
}
if (failed) {
  console.error(`A guarded folder is below ${FLOOR} %: see reports/mutation/index.html.`);
  process.exit(1);
}
