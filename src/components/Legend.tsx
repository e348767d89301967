/** What the marker styles mean. The styles themselves live in src/styles/site.css. */
import { memo, useState } from 'react';
import { STATUS_LABEL, type PlaceStatus } from '../data/status';

const SHOWN: { status: PlaceStatus; note: string }[] = [
  { status: 'contested', note: 'control claimed and denied' },
  { status: 'taken', note: 'the former holder confirms the loss' },
  { status: 'retaken', note: 'the holder changed back' },
  { status: 'claimed', note: 'control claimed' },
  { status: 'struck', note: 'size grows with casualties' },
  { status: 'fighting', note: '' },
  { status: 'diplomacy', note: '' },
  { status: 'hybrid', note: 'sabotage, surveillance' },
];

/** Open on a wide screen, folded on a phone where it would cover the map. */
function startsOpen(): boolean {
  return typeof window === 'undefined' || !window.matchMedia('(max-width: 640px)').matches;
}

interface LegendProps {
  showRegions: boolean;
  onToggleRegions: (show: boolean) => void;
}

function Legend({ showRegions, onToggleRegions }: LegendProps) {
  const [open] = useState(startsOpen);
  return (
    <details className="legend" open={open}>
      <summary className="legend__title">Legend</summary>
      <ul>
        {SHOWN.map(({ status, note }) => (
          <li key={status}>
            <span className={`marker-glyph marker-glyph--${status}`} aria-hidden="true" />
            <span>
              {STATUS_LABEL[status]}
              {note && <span className="legend__note"> — {note}</span>}
            </span>
          </li>
        ))}
        <li>
          <label className="legend__toggle">
            <input type="checkbox" checked={showRegions} onChange={(event) => onToggleRegions(event.target.checked)} />
            <span className="legend__swatch legend__swatch--region" aria-hidden="true" />
            <span>Regions in the reports (Donbas, Crimea…)</span>
          </label>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--occupied" aria-hidden="true" />
          <span>Crimea: Ukraine, occupied by Russia</span>
        </li>
      </ul>
    </details>
  );
}

/** Drawn again only when its props change (opening a place leaves it alone). */
export default memo(Legend);
