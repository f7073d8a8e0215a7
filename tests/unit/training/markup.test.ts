import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkFormHtml, checkKey } from '../../../src/lib/training/check-markup.ts';
import { scormLaunchPage, SCORM_CSP } from '../../../src/lib/training/scorm-page.ts';

const check = [
  {
    question: 'A restore into a sandbox is running. Can you cancel it?',
    options: [
      {
        text: 'Yes, in the admin center.',
        explanation: 'There is no cancel for a restore <ever>.',
      },
      { text: 'No; wait for it.', correct: true as const, explanation: 'It runs to its end.' },
      { text: 'Only by support.', explanation: 'Support cannot stop it either, sadly.' },
    ],
  },
  {
    question: 'Who owns the drill plan after go-live?',
    options: [
      { text: 'The continuity team.', correct: true as const, explanation: 'They own it.' },
      { text: 'Microsoft.', explanation: 'Microsoft runs the service, not your plan.' },
      { text: 'Nobody.', explanation: 'Then nobody updates it after a drill.' },
    ],
  },
];

describe('the knowledge check markup', () => {
  const root = parse(checkFormHtml('drill', check));

  it('is a form of labelled radio groups graded by the key', () => {
    expect(checkKey(check)).toEqual([1, 0]);
    const sets = root.querySelectorAll('fieldset');
    expect(sets.map((f) => f.getAttribute('data-right'))).toEqual(['1', '0']);
    expect(sets[0]!.querySelector('legend')!.text).toBe(
      'Question 1 of 2. A restore into a sandbox is running. Can you cancel it?',
    );
    const radios = sets[0]!.querySelectorAll('input[type=radio]');
    expect(radios.map((r) => [r.id, r.getAttribute('name'), r.getAttribute('value')])).toEqual([
      ['drill-q1a', 'drill-q1', '0'],
      ['drill-q1b', 'drill-q1', '1'],
      ['drill-q1c', 'drill-q1', '2'],
    ]);
    for (const radio of radios) expect(root.querySelector(`label[for=${radio.id}]`)).not.toBeNull();
    expect(root.querySelector('[data-check-result]')!.getAttribute('role')).toBe('status');
    expect(root.querySelector('.check__rule')!.text).toBe(
      '2 questions, one right answer each. You pass with all 2 right.',
    );
  });

  it('keeps each explanation hidden beside its option, and every answer in a disclosure', () => {
    const why = root.querySelectorAll('[data-why]');
    expect(why).toHaveLength(6);
    expect(why.every((w) => w.hasAttribute('hidden'))).toBe(true);
    expect(why[0]!.innerHTML).toBe('There is no cancel for a restore &lt;ever&gt;.');
    const answers = root.querySelector('details[data-check-answers]')!;
    expect(answers.querySelectorAll('strong').map((s) => s.parentNode?.text)).toEqual([
      'Right: No; wait for it. It runs to its end.',
      'Right: The continuity team. They own it.',
    ]);
  });
});

describe('the SCORM launch page', () => {
  const html = scormLaunchPage(
    'drill',
    {
      title: 'Run a drill',
      summary: 'A drill.',
      objectives: ['Plan it.'],
      steps: [{ title: 'Plan', detail: 'Write the plan.' }],
      links: [{ title: 'Overview', url: '/overview/' }],
      lastReviewed: new Date('2026-11-01'),
      duration: 30,
      check,
    },
    '<h2 id="x">X</h2><p>See <a href="/areas/licensing/#99-15">licensing</a> and <a href="#x">here</a>.</p>',
    'https://a2o.contoso.com',
  );
  const root = parse(html);

  it('loads its own script and stylesheet, with a strict policy and nothing inline', () => {
    expect(root.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([
      'launch.js',
    ]);
    expect(root.querySelector('link[rel=stylesheet]')!.getAttribute('href')).toBe('launch.css');
    expect(
      root.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content'),
    ).toBe(SCORM_CSP);
    expect(SCORM_CSP).not.toContain('unsafe-inline');
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('sends site links to the public site in a new window and keeps in-page anchors', () => {
    const links = root
      .querySelectorAll('a')
      .map((a) => [a.getAttribute('href'), a.getAttribute('target')]);
    expect(links).toEqual([
      ['https://a2o.contoso.com/training/drill/', '_blank'],
      ['https://a2o.contoso.com/areas/licensing/#99-15', '_blank'],
      ['#x', undefined],
      ['https://a2o.contoso.com/overview/', '_blank'],
    ]);
    expect(root.querySelectorAll('fieldset')).toHaveLength(2);
  });
});
