// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeBank } from '../../../src/lib/assessment/bank.ts';
import { StartForm } from '../../../src/islands/assessment/StartForm.tsx';
import { bankSchema } from '../../../src/schemas/bank.ts';
import bankJson from '../../fixtures/assessment/bank.json' with { type: 'json' };

// Read as JSON, not through the node helpers: this file runs in a browser-like environment.
const summary = summarizeBank(bankSchema.parse(bankJson));
afterEach(cleanup);

describe('the start form', () => {
  it('names an untouched assessment after today once the page runs', () => {
    render(<StartForm bank={summary} pending />);
    expect(screen.getByLabelText('Name of the assessment')).toHaveValue(
      `Assessment ${new Date().toISOString().slice(0, 10)}`,
    );
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
    expect(screen.getByText('Loading the questions…')).toBeInTheDocument();
  });

  it('keeps what was typed, and the scope chosen, when another form takes its place', async () => {
    const user = userEvent.setup();
    const first = render(<StartForm bank={summary} pending />);
    const title = screen.getByLabelText('Name of the assessment');
    await user.clear(title);
    await user.type(title, 'Q3 review');
    await user.type(screen.getByLabelText(/Your name or initials/), 'AS');
    await user.click(screen.getByLabelText(/Some areas/));
    first.unmount();

    // The questionnaire mounts its own form once the bank has loaded.
    render(<StartForm bank={summary} />);
    expect(screen.getByLabelText('Name of the assessment')).toHaveValue('Q3 review');
    expect(screen.getByLabelText(/Your name or initials/)).toHaveValue('AS');
    expect(screen.getByLabelText(/Some areas/)).toBeChecked();
  });
});
