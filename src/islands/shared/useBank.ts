import { paths } from '../../lib/urls.ts';
import { useEffect, useState } from 'react';
import type { Bank } from '../../schemas/bank.ts';
import { BANK_FORMAT } from '../../schemas/patterns.ts';

// One request per page, however many components ask.
let loading: Promise<Bank> | undefined;

// The build validates the bank against its schema before publishing it (src/schemas/bank.ts);
// the browser only checks that it got a bank, to keep zod's full API out of the page.
function loadBank(): Promise<Bank> {
  loading ??= fetch(paths.bank)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<Bank>;
    })
    .then((bank) => {
      if (bank?.format !== BANK_FORMAT || !Array.isArray(bank.areas))
        throw new Error('not a question bank');
      return bank;
    });
  return loading;
}

/** The question bank, fetched once: undefined while loading; an error message if it failed. */
export function useBank(): { bank?: Bank; error?: string } {
  const [state, setState] = useState<{ bank?: Bank; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadBank().then(
      (bank) => live && setState({ bank }),
      () =>
        live &&
        setState({
          error: 'The questions could not be loaded. Check your connection and reload the page.',
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
