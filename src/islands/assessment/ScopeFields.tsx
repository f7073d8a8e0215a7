import type { Bank } from '../../schemas/bank.ts';

/** What a scope form edits: no areas ticked means all areas. */
export interface ScopeValue {
  kind: 'all' | 'areas' | 'role';
  areas: string[];
  role: string;
}

export function scopeValueOf(scope: readonly string[], focusRole?: string): ScopeValue {
  if (focusRole) return { kind: 'role', areas: [...scope], role: focusRole };
  return { kind: scope.length ? 'areas' : 'all', areas: [...scope], role: '' };
}

/** The scope a form value stands for, in the file format's terms. */
export function scopeOf(value: ScopeValue): { scope: string[]; focusRole?: string } {
  if (value.kind === 'role') return { scope: [], focusRole: value.role || undefined };
  return { scope: value.kind === 'areas' ? value.areas : [] };
}

interface Props {
  bank: Bank;
  value: ScopeValue;
  onChange: (value: ScopeValue) => void;
}

/** Choose all areas, some areas, or the questions one role is best placed to answer. */
export function ScopeFields({ bank, value, onChange }: Props) {
  const kind = (k: ScopeValue['kind']) => (
    <input type="radio" name="scope-kind" checked={value.kind === k} onChange={() => onChange({ ...value, kind: k })} />
  );
  const toggleArea = (slug: string, on: boolean) =>
    onChange({ ...value, areas: on ? bank.areas.map((a) => a.slug).filter((s) => s === slug || value.areas.includes(s)) : value.areas.filter((s) => s !== slug) });
  return (
    <fieldset className="assess-scope">
      <legend>Which questions?</legend>
      <label>{kind('all')} All areas ({bank.areas.reduce((n, a) => n + a.questions.length, 0)} questions)</label>
      <label>{kind('areas')} Some areas</label>
      {value.kind === 'areas' && (
        <fieldset className="assess-scope__areas">
          <legend className="visually-hidden">Areas</legend>
          {bank.areas.map((area) => (
            <label key={area.slug}>
              <input type="checkbox" checked={value.areas.includes(area.slug)} onChange={(e) => toggleArea(area.slug, e.target.checked)} />{' '}
              {area.catalogId} {area.title}
            </label>
          ))}
        </fieldset>
      )}
      <label>{kind('role')} The questions one role is best placed to answer</label>
      {value.kind === 'role' && (
        <label className="assess-scope__role">
          Role{' '}
          <select value={value.role} required onChange={(e) => onChange({ ...value, role: e.target.value })}>
            <option value="">Choose a role</option>
            {bank.roles.map((r) => (
              <option key={r.slug} value={r.slug}>{r.title}</option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
