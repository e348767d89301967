/**
 * Filters by type, claimant party and date range. The filter itself lives in the URL
 * (src/data/filters.ts); this component only shows it and reports changes.
 */
import { memo, useEffect, useState } from 'react';
import type { IncidentFilter } from '../data/filters';
import { TYPE_LABEL } from '../data/format';
import { partyName } from '../data/by-place';
import { INCIDENT_TYPES, type IncidentType } from '../data/vocabulary';

interface FilterBarProps {
  filter: IncidentFilter;
  /** Incidents per type among those the other filters (dates, party) leave. */
  typeCounts: Record<IncidentType, number>;
  /** Parties that make claims in the data, ISO alpha-2. */
  parties: readonly string[];
  /** First and last day in the data, for the date inputs' range. */
  dateRange: { start: string; end: string } | null;
  onChange: (filter: IncidentFilter) => void;
}

function FilterBar({ filter, typeCounts, parties, dateRange, onChange }: FilterBarProps) {
  const toggleType = (type: IncidentType) => {
    const types = filter.types.includes(type) ? filter.types.filter((t) => t !== type) : [...filter.types, type];
    onChange({ ...filter, types });
  };
  const toggleParty = (party: string) => {
    const chosen = filter.parties.includes(party) ? filter.parties.filter((p) => p !== party) : [...filter.parties, party];
    onChange({ ...filter, parties: chosen });
  };
  const hasAny = filter.types.length > 0 || filter.parties.length > 0 || filter.from !== null || filter.to !== null;
  return (
    <form className="filters" aria-label="Filter incidents" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="filters__types">
        <legend>Type</legend>
        {INCIDENT_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            className={`chip chip--${type}`}
            aria-pressed={filter.types.includes(type)}
            onClick={() => toggleType(type)}
          >
            {TYPE_LABEL[type]} <span className="chip__count">{typeCounts[type]}</span>
          </button>
        ))}
      </fieldset>
      {parties.length > 0 && (
        <fieldset className="filters__parties">
          <legend>Claimed by</legend>
          {parties.map((party) => (
            <button
              key={party}
              type="button"
              className="chip"
              aria-pressed={filter.parties.includes(party)}
              onClick={() => toggleParty(party)}
            >
              {partyName(party)}
            </button>
          ))}
        </fieldset>
      )}
      <div className="filters__row">
        <DateField label="From" value={filter.from} range={dateRange} onCommit={(from) => onChange({ ...filter, from })} />
        <DateField label="To" value={filter.to} range={dateRange} onCommit={(to) => onChange({ ...filter, to })} />
        {hasAny && (
          <button type="button" className="filters__clear" onClick={() => onChange({ types: [], parties: [], from: null, to: null })}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}

interface DateFieldProps {
  label: string;
  value: string | null;
  range: { start: string; end: string } | null;
  onCommit: (value: string | null) => void;
}

/**
 * A date input that changes the filter (and the URL, and history) once the reader is done —
 * on leaving the field or pressing Enter — not at every keystroke of "2025-11-20".
 */
function DateField({ label, value, range, onCommit }: DateFieldProps) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const commit = () => {
    const next = draft || null;
    if (next !== value) onCommit(next);
  };
  return (
    <label className="filters__field">
      <span>{label}</span>
      <input
        type="date"
        value={draft}
        min={range?.start}
        max={range?.end}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

/** Drawn again only when its props change (opening a place leaves it alone). */
export default memo(FilterBar);
