import { useRef, useState, type ChangeEvent } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import type { ImportOutcome } from '../../lib/assessment/index.ts';
import { getStore } from '../shared/useStore.ts';

/** Imports a JSON file as a new assessment; a bad file gets a message and changes nothing. */
export function ImportPanel({ bank }: { bank: Bank }) {
  const [outcome, setOutcome] = useState<ImportOutcome & { fileName: string }>();
  const input = useRef<HTMLInputElement>(null);
  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const { importFileInto } = await import('../../lib/assessment/exchange.ts');
    const result = await importFileInto(getStore(), file, bank);
    if (input.current) input.current.value = '';
    if (result.ok && result.assessmentId) getStore().select(result.assessmentId);
    setOutcome({ ...result, fileName: file.name });
  };
  return (
    <section aria-labelledby="import-title" className="results-section no-print">
      <h2 id="import-title">Import an assessment</h2>
      <p>
        A JSON file exported from this site (up to 1 MB, format version 1 or 2) becomes a new
        assessment here. It never replaces one you have.
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
        {outcome && (
          <p>
            {outcome.fileName}: {outcome.message}
            {!outcome.ok && ' Nothing was changed.'}
          </p>
        )}
        {outcome?.ok && outcome.warnings.map((w) => <p key={w}>{w}</p>)}
      </div>
    </section>
  );
}
