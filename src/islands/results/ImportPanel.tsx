import { useRef, useState, type ChangeEvent } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { importJson } from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';

type Outcome = { ok: true; text: string; warnings: string[] } | { ok: false; text: string };

/** Imports a JSON file as a new assessment; a bad file gets a message and changes nothing. */
export function ImportPanel({ bank }: { bank: Bank }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const input = useRef<HTMLInputElement>(null);
  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = await importJson(file, bank);
    if (input.current) input.current.value = '';
    if (!result.ok)
      return setOutcome({ ok: false, text: `${file.name}: ${result.error} Nothing was changed.` });
    getStore().dispatch({ type: 'import', file: result.assessment });
    setOutcome({
      ok: true,
      text: `Imported “${result.assessment.title}” as a new assessment; it is now shown above.`,
      warnings: result.warnings,
    });
  };
  return (
    <section aria-labelledby="import-title" className="results-section no-print">
      <h2 id="import-title">Import an assessment</h2>
      <p>
        A JSON file exported from this site (up to 1 MB) becomes a new assessment here. It never
        replaces one you have.
      </p>
      <p>
        <label htmlFor="import-file">Assessment file (JSON)</label>{' '}
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void read(e)}
        />
      </p>
      <div
        role={outcome && !outcome.ok ? 'alert' : 'status'}
        className={
          outcome ? `assess-message${outcome.ok ? '' : ' assess-message--error'}` : undefined
        }
      >
        {outcome && <p>{outcome.text}</p>}
        {outcome?.ok && outcome.warnings.map((w) => <p key={w}>{w}</p>)}
      </div>
    </section>
  );
}
