import { useEffect, useRef, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { describeScope, roleTitle } from '../../lib/assessment/index.ts';
import { coverageOf, type Respondent } from '../../lib/assessment/team.ts';
import { roundStage } from '../../lib/assessment/team-store.ts';

interface Props {
  bank: Bank;
  respondents: Respondent[];
  /** File names, by respondent, as loaded (absent for a link). */
  fileNames: (string | undefined)[];
  anonymous: boolean;
  onAnonymous: (on: boolean) => void;
  onRemove: (index: number) => void;
  onClear: () => void;
}

/** Who is in the round: names (or "Respondent n"), what each file covers, what was left out. */
export function Respondents(props: Props) {
  const { bank, respondents, fileNames, anonymous } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const count = respondents.length;
  const stage = roundStage({ entries: respondents });
  const remove = (index: number) => {
    const name = respondents[index]?.name ?? '';
    props.onRemove(index);
    setSaid(`${name} was taken out of the round.`);
    // The button pressed is gone: the list's heading keeps the keyboard in the same place.
    heading.current?.focus();
  };
  return (
    <section className="results-section" aria-labelledby="team-respondents-title">
      <h2 id="team-respondents-title" ref={heading} tabIndex={-1}>
        Respondents ({count})
      </h2>
      <p>
        <label className="team-switch">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => props.onAnonymous(e.target.checked)}
          />{' '}
          Show respondents as “Respondent 1, 2…” (for a screen the whole team sees)
        </label>
      </p>
      {anonymous && (
        <p className="assess-hint">
          The names stay hidden in the tables, the workshop view, the team report and the notes of
          the saved consensus.
        </p>
      )}
      <p role="status" className="assess-hint">
        {stage === 'empty'
          ? 'No respondents yet: load two or more files or links above.'
          : stage === 'one'
            ? 'One respondent so far: a team round needs two or more. Add another file or link.'
            : said}
      </p>
      {count > 0 && (
        <ol className="team-respondents">
          {respondents.map((r, i) => (
            <li key={`${i}-${r.file.createdAt}`}>
              <span className="team-respondents__name">{r.name}</span>{' '}
              <span className="assess-hint">
                {anonymous ? '' : fileNames[i] ? `${fileNames[i]} · ` : 'share link · '}
                {answeredText(bank, r)} · {describeScope(bank, r.file)}
                {r.file.focusRole ? ` · focus ${roleTitle(bank, r.file.focusRole)}` : ''}
              </span>
              {r.leftOut.length > 0 && (
                <span className="team-respondents__left">
                  {' '}
                  Left out (not in this question bank): {r.leftOut.join(', ')}.
                </span>
              )}{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => remove(i)}
              >
                Remove<span className="visually-hidden"> {r.name}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {count > 0 &&
        (confirming ? (
          <Confirm
            onYes={() => {
              setConfirming(false);
              props.onClear();
              setSaid('');
              heading.current?.focus();
            }}
            onNo={() => setConfirming(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setConfirming(true)}
            >
              Clear the round
            </button>
          </p>
        ))}
    </section>
  );
}

function answeredText(bank: Bank, r: Respondent): string {
  const { answered, total } = coverageOf(r.file, bank);
  return `${answered} of ${total} answered`;
}

function Confirm({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  // The button pressed gives way to this group: its first button takes the focus.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div role="group" aria-label="Confirm clearing the round" className="assess-confirm">
      <span>Take every respondent and the consensus changes out of this browser?</span>
      <button
        ref={first}
        type="button"
        className="button button--danger button--small"
        onClick={onYes}
      >
        Clear the round
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onNo}>
        Cancel
      </button>
    </div>
  );
}
