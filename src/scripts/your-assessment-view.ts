import { areaSnapshot, type AreaSnapshot } from '../lib/assessment/area-snapshot.ts';
import { levelName } from '../lib/assessment/bank.ts';
import { ACTIVE_KEY } from '../lib/assessment/store/keys.ts';
import { loadState } from '../lib/assessment/store/load.ts';
import type { Bank } from '../schemas/bank.ts';
import { paths } from '../lib/urls.ts';

/** How many open recommendations the box lists before pointing to the results page. */
const SHOWN = 5;

/**
 * Fills the "Your assessment" box of an area page from this browser's assessments. Reading only:
 * a stored value that cannot be read is left for the assessment pages to recover.
 */
export async function showYourAssessment(
  box: HTMLElement,
  { area, raw, active }: { area: string; raw: string; active: string | null },
) {
  const body = box.querySelector<HTMLElement>('[data-your-assessment-body]');
  if (!body) return;
  let bank: Bank;
  try {
    const response = await fetch(paths.bank);
    if (!response.ok) throw new Error(String(response.status));
    // The site's own bank, built with this page: the build validated it.
    bank = (await response.json()) as Bank;
  } catch {
    body.replaceChildren(text('p', 'Your assessment could not be loaded just now.'));
    return;
  }
  const { state } = loadState(raw, { now: new Date().toISOString(), newId: () => 'unsaved' });
  const snapshot = areaSnapshot(state, bank, area, active ?? undefined);
  body.replaceChildren(...(snapshot ? describe(snapshot, bank) : noneCovers(area)));
  box.dataset.state = snapshot ? 'shown' : 'none';
}

function describe({ assessment, result, open }: AreaSnapshot, bank: Bank): Node[] {
  const nodes: Node[] = [];
  const heading = text('p', '');
  heading.append(
    'From “',
    text('strong', assessment.title),
    `”${assessment.frozen ? ' (a frozen milestone)' : ''}, in this browser:`,
  );
  nodes.push(heading);
  const { completion, score, range, target } = result;
  const figures = text('p', '');
  figures.className = 'your-assessment__score';
  if (score) {
    figures.append(
      text('strong', score.display),
      ` · Level ${score.level} ${levelName(bank, score.level)}`,
    );
    if (range?.open)
      figures.append(`, provisional: between ${range.low.display} and ${range.high.display}`);
  } else {
    figures.append('No score yet: no question of this area is answered with a level.');
  }
  figures.append(
    `. ${completion.answered} of ${completion.total} questions answered; target ${target}.`,
  );
  nodes.push(figures);
  if (open.length > 0) {
    nodes.push(text('p', `Open recommendations here (${open.length}):`));
    const list = document.createElement('ul');
    for (const row of open.slice(0, SHOWN)) {
      const item = document.createElement('li');
      const link = text('a', row.question.title);
      link.setAttribute('href', new URL(row.link, location.href).hash || row.link);
      item.append(link);
      if (row.advice) item.append(`: ${row.advice}`);
      list.append(item);
    }
    nodes.push(list);
  } else if (score) {
    nodes.push(text('p', 'Nothing open here: every answered question is at or above its target.'));
  }
  const more = text('p', '');
  const results = text(
    'a',
    open.length > SHOWN ? `All ${open.length} on the results page` : 'Results and plan',
  );
  results.setAttribute('href', paths.results);
  // The results page shows the tab's own assessment: make it this one before going there.
  results.addEventListener('click', () => {
    try {
      sessionStorage.setItem(ACTIVE_KEY, assessment.id);
    } catch {
      // Without session storage the results page opens on its own choice.
    }
  });
  more.append(results);
  nodes.push(more);
  return nodes;
}

function noneCovers(area: string): Node[] {
  const line = text('p', 'None of the assessments in this browser answers this area yet. ');
  const link = text('a', 'Assess this area');
  link.setAttribute('href', paths.assessArea(area));
  line.append(link);
  return [line];
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string) {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}
