import { toggleArea, type BankSummary, type ScopeValue } from '../../lib/assessment/index.ts';

interface Props {
  bank: BankSummary;
  value: ScopeValue;
  onChange: (value: ScopeValue) => void;
}

/** Choose all areas, some areas, or the questions one role is best placed to answer. */
export function ScopeFields({ bank, value, onChange }: Props) {
  const kind = (k: ScopeValue['kind']) => (
    <input
      type="radio"
      name="scope-kind"
      checked={value.kind === k}
      onChange={() => onChange({ ...value, kind: k })}
    />
  );
  return (
    <fieldset className="assess-scope">
      <legend>Which questions?</legend>
      <label>
        {kind('all')} All areas ({bank.questions} questions)
      </label>
      <label>{kind('areas')} Some areas</label>
      {value.kind === 'areas' && (
        <fieldset className="assess-scope__areas">
          <legend className="visually-hidden">Areas</legend>
          {bank.areas.map((area) => (
            <label key={area.slug}>
              <input
                type="checkbox"
                checked={value.areas.includes(area.slug)}
                onChange={(e) => onChange(toggleArea(bank, value, area.slug, e.target.checked))}
              />{' '}
              {area.catalogId} {area.title} ({area.questions})
            </label>
          ))}
        </fieldset>
      )}
      <label>{kind('role')} The questions one role is best placed to answer</label>
      {value.kind === 'role' && (
        <label className="assess-scope__role">
          Role{' '}
          <select
            value={value.role}
            required
            onChange={(e) => onChange({ ...value, role: e.target.value })}
          >
            <option value="">Choose a role</option>
            {bank.roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
