import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  defaultTitle,
  isScopeComplete,
  scopeOf,
  scopeValueOf,
  type BankSummary,
  type ScopeValue,
  type UrlScope,
} from '../../lib/assessment/index.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { getStore } from '../shared/useStore.ts';
import { ScopeFields } from './ScopeFields.tsx';

interface Props {
  bank: BankSummary;
  /** A scope from the link that opened the page. */
  initial?: UrlScope;
  /** True while the page is still loading: the form shows, but cannot be sent yet. */
  pending?: boolean;
  onDone?: () => void;
  onCancel?: () => void;
}

const SERVER_TITLE = 'Assessment';

/**
 * What was typed into the start form so far. The form shown while the page loads gives way to
 * the one in the questionnaire (a different place in the tree, so React mounts it afresh); the
 * new one starts from this, so nothing typed before the page finished loading is lost.
 */
const draft: { title?: string; respondent?: string; scope?: ScopeValue } = {};

function recordDraft(form: HTMLFormElement) {
  const field = (name: string) => form.elements.namedItem(name);
  const title = field('title');
  const respondent = field('respondent');
  if (title instanceof HTMLInputElement) draft.title = title.value;
  if (respondent instanceof HTMLInputElement) draft.respondent = respondent.value;
}

// Read what is typed straight from the page, not through React: typing can start before the
// island hydrates, and a hydration that starts over replaces the server's fields. This runs when
// the island's code loads, which is before it hydrates.
if (typeof document !== 'undefined') {
  const served = document.querySelector<HTMLFormElement>('form.assess-start');
  if (served) recordDraft(served);
  document.addEventListener(
    'input',
    (event) => {
      const form = event.target instanceof Element && event.target.closest('form.assess-start');
      if (form instanceof HTMLFormElement) recordDraft(form);
    },
    true,
  );
}

/** Starts a new assessment: a name, who answers (optional), and which questions. */
export function StartForm({ bank, initial, pending = false, onDone, onCancel }: Props) {
  const [scope, setScopeState] = useState(
    () => draft.scope ?? scopeValueOf(initial?.scope ?? [], initial?.focusRole),
  );
  const setScope = (value: ScopeValue) => {
    draft.scope = value;
    setScopeState(value);
  };
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const fields = form.elements;
    const title = fields.namedItem('title');
    const respondent = fields.namedItem('respondent');
    // A form that takes over from an earlier one shows what was typed there.
    if (title instanceof HTMLInputElement && draft.title !== undefined) title.value = draft.title;
    if (respondent instanceof HTMLInputElement && draft.respondent !== undefined)
      respondent.value = draft.respondent;
    // The server renders a plain "Assessment" (it cannot know today's date); once the page runs,
    // an untouched name becomes "Assessment <today>".
    if (title instanceof HTMLInputElement && title.value === SERVER_TITLE)
      title.value = defaultTitle(new Date());
    // Typed before the page ran, so no input event was seen.
    recordDraft(form);
  }, []);
  // The text fields are read when the form is sent, not kept in state: what someone typed
  // before the page finished loading is kept.
  const start = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (field: string) => {
      const value = form.get(field);
      return typeof value === 'string' ? value.trim() : '';
    };
    const title = text('title');
    const name = text('respondent');
    if (!title) return;
    const store = getStore();
    const { createdId } = store.dispatch({
      type: 'create',
      title,
      bankVersion: bank.version,
      ...scopeOf(scope),
    });
    if (createdId && name) store.dispatch({ type: 'setRespondent', assessmentId: createdId, name });
    delete draft.title;
    delete draft.respondent;
    delete draft.scope;
    onDone?.();
  };
  return (
    <form ref={formRef} className="assess-start" onSubmit={start} aria-labelledby="start-title">
      <h2 id="start-title">Start an assessment</h2>
      <p>
        Give it a name you will recognise when you come back (“Q1 baseline”, “After the October
        release”). Several can be kept side by side, frozen as milestones and compared.
      </p>
      <p className="assess-field">
        <label htmlFor="start-name">Name of the assessment</label>
        <input
          id="start-name"
          name="title"
          defaultValue={SERVER_TITLE}
          required
          maxLength={LIMITS.title}
        />
      </p>
      <p className="assess-field">
        <label htmlFor="start-respondent">Your name or initials (optional, kept in exports)</label>
        <input id="start-respondent" name="respondent" maxLength={LIMITS.respondentName} />
      </p>
      <ScopeFields bank={bank} value={scope} onChange={setScope} />
      <p className="assess-actions">
        <button type="submit" className="button" disabled={pending || !isScopeComplete(scope)}>
          Start
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        {pending && <span className="assess-hint"> Loading the questions…</span>}
      </p>
    </form>
  );
}
