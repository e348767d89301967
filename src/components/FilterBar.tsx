/**
 * Filters by type, claimant party and date range. The filter itself lives in the URL
 * (src/data/filters.ts); this component only shows it and reports changes.
 */
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

export default function FilterBar({ filter, typeCounts, parties, dateRange, onChange }: FilterBarProps) {
  const toggleType = (type: IncidentType) => {
    const types = filter.types.includes(type) ? filter.types.filter((t) => t !== type) : [...filter.types, type];
    onChange({ ...filter, types });
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
      <div className="filters__row">
        <label className="filters__field">
          <span>Claimed by</span>
          <select
            value={filter.parties[0] ?? ''}
            onChange={(event) => onChange({ ...filter, parties: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">Anyone</option>
            {parties.map((party) => (
              <option key={party} value={party}>
                {partyName(party)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>From</span>
          <input
            type="date"
            value={filter.from ?? ''}
            min={dateRange?.start}
            max={dateRange?.end}
            onChange={(event) => onChange({ ...filter, from: event.target.value || null })}
          />
        </label>
        <label className="filters__field">
          <span>To</span>
          <input
            type="date"
            value={filter.to ?? ''}
            min={dateRange?.start}
            max={dateRange?.end}
            onChange={(event) => onChange({ ...filter, to: event.target.value || null })}
          />
        </label>
        {hasAny && (
          <button type="button" className="filters__clear" onClick={() => onChange({ types: [], parties: [], from: null, to: null })}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
