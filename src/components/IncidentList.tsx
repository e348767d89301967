/**
 * The incidents in the filter, newest first, as a virtual list: only the rows in view (and a
 * few around them) exist in the page, so 200,000 incidents cost what 30 do. Each row is read
 * from the compact columns — date, type, place, casualties — and its place opens the details.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { CompactAtlas } from '../data/compact-atlas';
import { FLAG_INJURED_AT_LEAST, FLAG_KILLED_AT_LEAST } from '../data/compact-atlas';
import { isoDay } from '../data/filters';
import { formatDate, TYPE_LABEL } from '../data/format';
import { DATE_PRECISIONS, INCIDENT_TYPES } from '../data/vocabulary';

interface IncidentListProps {
  atlas: CompactAtlas;
  /** Rows in the filter, archive order. */
  rows: Uint32Array;
}

/** Every row is this tall (px): positions are arithmetic, not measured. */
export const ROW_HEIGHT = 52;
/** Rows drawn beyond the visible ones, above and below, so a fast scroll shows no gap. */
const OVERSCAN = 8;

function IncidentList({ atlas, rows }: IncidentListProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setHeight(box.clientHeight || 480);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // A new filter starts at the top.
  useEffect(() => {
    boxRef.current?.scrollTo({ top: 0 });
    setScrollTop(0);
  }, [rows]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const items = [];
  for (let k = first; k < last; k++) items.push(<Row key={rows[k]} atlas={atlas} row={rows[k]} position={k} total={rows.length} />);

  return (
    <div
      ref={boxRef}
      className="vlist"
      style={{ height: `${Math.min(rows.length * ROW_HEIGHT, 600)}px` }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {rows.length === 0 ? (
        <p className="muted">No incidents in this filter.</p>
      ) : (
        <ol className="vlist__rows" aria-label="Incidents in the filter, newest first" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
          {items}
        </ol>
      )}
    </div>
  );
}

function Row({ atlas, row, position, total }: { atlas: CompactAtlas; row: number; position: number; total: number }) {
  const type = INCIDENT_TYPES[atlas.type[row]];
  const when = formatDate(isoDay(atlas.date[row]), DATE_PRECISIONS[atlas.precision[row]]);
  const places = [];
  for (let k = atlas.placeStart[row]; k < atlas.placeStart[row + 1]; k++) places.push(atlas.places[atlas.placeIndex[k]]);
  const casualties = casualtyText(atlas, row);
  const [place] = places;
  return (
    <li
      className={`vlist__row incident--${type}`}
      style={{ top: `${position * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
      aria-setsize={total}
      aria-posinset={position + 1}
      data-row={row}
    >
      <p className="vlist__meta">
        <time dateTime={isoDay(atlas.date[row])}>{when}</time> · <span className={`type-tag type-tag--${type}`}>{TYPE_LABEL[type]}</span>
        {casualties && ` · ${casualties}`}
      </p>
      <p className="vlist__place">
        {place ? (
          <a href={`/places/${encodeURIComponent(place.id)}/`} data-place-id={place.id}>
            {place.name}
          </a>
        ) : (
          <span className="muted">No place given</span>
        )}
        {places.length > 1 && <span className="muted"> and {places.length - 1} more</span>}
      </p>
    </li>
  );
}

function casualtyText(atlas: CompactAtlas, row: number): string {
  const parts: string[] = [];
  const killed = atlas.killed[row];
  const injured = atlas.injured[row];
  if (killed > 0) parts.push(`${atlas.flags[row] & FLAG_KILLED_AT_LEAST ? 'at least ' : ''}${killed} killed`);
  if (injured > 0) parts.push(`${atlas.flags[row] & FLAG_INJURED_AT_LEAST ? 'at least ' : ''}${injured} injured`);
  return parts.join(', ');
}

/** Drawn again only when its props change (opening a place leaves it alone). */
export default memo(IncidentList);
