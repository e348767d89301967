/**
 * Incidents over time: bars per day (or week, or month) stacked by type, and under them the
 * incidents dated only to a week, month, season or year, drawn as the periods they are.
 * Dragging across bars, or clicking one, sets the date filter; so do the arrow keys and
 * Enter. The numbers come from src/data/histogram.ts; this only draws.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { dayNumber } from '../data/filters';
import { formatDate, TYPE_LABEL } from '../data/format';
import type { Histogram as HistogramData, HistogramBin, HistogramSpan } from '../data/histogram';
import { INCIDENT_TYPES } from '../data/vocabulary';

interface HistogramProps {
  data: HistogramData;
  /** The date filter now (inclusive ISO days), drawn as a band. */
  from: string | null;
  to: string | null;
  onSelectRange: (from: string | null, to: string | null) => void;
}

/** Drawing units of the viewBox; the SVG stretches to its box (no text inside to distort). */
const WIDTH = 320;
const BARS_HEIGHT = 64;
const SPAN_TOP = BARS_HEIGHT + 4;
const LANE_HEIGHT = 6;
const MAX_LANES = 3;
const BAR_GAP = 0.15; // share of a bar's slot left empty between bars
/** Periods wholly outside the bars' dates are also named in words (a tick at the edge is easy to miss). */
const MAX_OUTSIDE_LISTED = 3;

const UNIT_WORD = { day: 'day', week: 'week', month: 'month' } as const;

export default function Histogram({ data, from, to, onSelectRange }: HistogramProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const [keyAnchor, setKeyAnchor] = useState<number | null>(null);
  const [hovered, setHovered] = useState<PlacedSpan | null>(null);

  const layout = useMemo(() => layoutOf(data), [data]);
  const { bins, spans, first, last, maxTotal } = layout;
  const x = (day: number) => ((day - first) / (last + 1 - first)) * WIDTH;

  if (bins.length === 0 && spans.length === 0) {
    return <p className="hist-empty">No dated incidents in this filter.</p>;
  }

  const binAt = (clientX: number): number => {
    const box = svgRef.current!.getBoundingClientRect();
    const day = first + ((clientX - box.left) / Math.max(box.width, 1)) * (last + 1 - first);
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bins[mid].start <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const selectBins = (a: number, b: number) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    onSelectRange(bins[lo].bin.date, bins[hi].bin.end);
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (bins.length === 0 || event.button !== 0) return;
    const bin = binAt(event.clientX);
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ anchor: bin, current: bin });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, current: binAt(event.clientX) });
    else setHovered(spanAt(event.clientX, event.clientY));
  };
  // The periods are drawn as one path per type and lane; the one under the pointer is named below the chart.
  const spanAt = (clientX: number, clientY: number): PlacedSpan | null => {
    const box = svgRef.current!.getBoundingClientRect();
    const y = ((clientY - box.top) / Math.max(box.height, 1)) * height;
    if (y < SPAN_TOP) return null;
    const lane = Math.min(MAX_LANES - 1, Math.floor((y - SPAN_TOP) / LANE_HEIGHT));
    const day = first + ((clientX - box.left) / Math.max(box.width, 1)) * (last + 1 - first);
    return spans.find((s) => Math.min(s.lane, MAX_LANES - 1) === lane && s.start <= day + 1 && s.end >= day - 1) ?? null;
  };
  const onPointerUp = () => {
    if (!drag) return;
    selectBins(drag.anchor, drag.current);
    setCursor(drag.current);
    setDrag(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (bins.length === 0) return;
    const here = cursor ?? bins.length - 1;
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(bins.length - 1, to));
      // Shift + arrows extends a range from where the shift-selection began.
      if (event.shiftKey && keyAnchor === null) setKeyAnchor(here);
      if (!event.shiftKey) setKeyAnchor(null);
      setCursor(next);
    };
    switch (event.key) {
      case 'ArrowLeft':
        return move(here - 1);
      case 'ArrowRight':
        return move(here + 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(bins.length - 1);
      case 'Enter':
      case ' ':
        event.preventDefault();
        selectBins(keyAnchor ?? here, here);
        setKeyAnchor(null);
        return;
    }
  };

  const selection = selectionBand(from, to, first, last);
  const brush = drag ? [Math.min(drag.anchor, drag.current), Math.max(drag.anchor, drag.current)] : null;
  const keyRange = keyAnchor !== null && cursor !== null ? [Math.min(keyAnchor, cursor), Math.max(keyAnchor, cursor)] : null;
  const lanes = Math.min(MAX_LANES, Math.max(0, ...spans.map((s) => s.lane + 1)));
  const height = SPAN_TOP + lanes * LANE_HEIGHT;
  const focused = cursor !== null ? bins[cursor] : null;
  const outside = spans.filter((s) => s.end < first || s.start > last);

  return (
    <div className="hist">
      <div
        className="hist-chart"
        role="group"
        tabIndex={0}
        aria-label={summary(data, bins)}
        onKeyDown={onKeyDown}
        onFocus={() => cursor === null && bins.length > 0 && setCursor(bins.length - 1)}
        onBlur={() => setKeyAnchor(null)}
      >
        <svg
          ref={svgRef}
          className="hist-svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          preserveAspectRatio="none"
          width="100%"
          height={height}
          aria-hidden="true"
          // Horizontal drags brush dates; vertical ones still scroll the page on a phone.
          style={{ touchAction: 'pan-y' }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          onPointerLeave={() => setHovered(null)}
        >
          {selection && (
            <rect className="hist-selection" x={x(selection[0])} y={0} width={x(selection[1] + 1) - x(selection[0])} height={height} />
          )}
          {bins.map((b, i) => {
            const x0 = x(b.start);
            const slot = x(b.end + 1) - x0;
            const barWidth = Math.max(slot * (1 - BAR_GAP), 0.5);
            let top = BARS_HEIGHT;
            return (
              <g key={b.bin.date} className="hist-bin">
                <title>{binLabel(data.unit, b.bin)}</title>
                {/* The whole slot answers hover, not just the (maybe tiny) bar. */}
                <rect className="hist-hit" x={x0} y={0} width={slot} height={BARS_HEIGHT} fill="transparent" />
                {INCIDENT_TYPES.map((type) => {
                  const n = b.bin.counts[type];
                  if (n === 0) return null;
                  const h = (n / maxTotal) * BARS_HEIGHT;
                  top -= h;
                  return <rect key={type} className={`hist-bar hist-bar--${type}`} x={x0 + (slot - barWidth) / 2} y={top} width={barWidth} height={h} />;
                })}
                {i === cursor && <rect className="hist-cursor" x={x0} y={0} width={slot} height={BARS_HEIGHT} fill="none" />}
              </g>
            );
          })}
          {(brush ?? keyRange) && (
            <rect
              className="hist-brush"
              x={x(bins[(brush ?? keyRange)![0]].start)}
              y={0}
              width={x(bins[(brush ?? keyRange)![1]].end + 1) - x(bins[(brush ?? keyRange)![0]].start)}
              height={BARS_HEIGHT}
            />
          )}
          {layout.spanPaths.map((group) => (
            <path key={group.key} className={`hist-span hist-span--${group.type}`} d={group.d}>
              <title>{group.title}</title>
            </path>
          ))}
        </svg>
      </div>
      {bins.length > 0 && (
        <div className="hist-axis" aria-hidden="true">
          <span>{formatDate(bins[0].bin.date, 'day')}</span>
          <span>{formatDate(bins[bins.length - 1].bin.end, 'day')}</span>
        </div>
      )}
      {outside.length > 0 && (
        <p className="hist-outside">
          Before or after these dates:{' '}
          {outside
            .slice(0, MAX_OUTSIDE_LISTED)
            .map((s) => `${TYPE_LABEL[s.span.type]}, ${formatDate(s.span.start, s.span.precision)} (${s.span.count})`)
            .join('; ')}
          {outside.length > MAX_OUTSIDE_LISTED && `; ${outside.length - MAX_OUTSIDE_LISTED} more periods`}
        </p>
      )}
      <p className="hist-readout" aria-live="polite">
        {focused ? binLabel(data.unit, focused.bin) : ''}
      </p>
      {hovered && !focused && (
        <p className="hist-readout" aria-hidden="true">
          {spanLabel(hovered.span)}
        </p>
      )}
      {(from !== null || to !== null) && (
        <p className="hist-range">
          <span>{rangeLabel(from, to)}</span>{' '}
          <button type="button" className="hist-clear" onClick={() => onSelectRange(null, null)}>
            Clear dates
          </button>
        </p>
      )}
    </div>
  );
}

// ---- pure helpers: layout and words ------------------------------------------------------

interface PlacedBin {
  bin: HistogramBin;
  start: number;
  end: number;
}
interface PlacedSpan {
  span: HistogramSpan;
  start: number;
  end: number;
  lane: number;
}

type ChartLayout = ReturnType<typeof chartLayout>;
// Layouts of the charts drawn or made ready (prepareChart), while their data is kept.
const layouts = new WeakMap<HistogramData, ChartLayout>();

function layoutOf(data: HistogramData): ChartLayout {
  let layout = layouts.get(data);
  if (!layout) layouts.set(data, (layout = chartLayout(data)));
  return layout;
}

/** Works out the layout of a chart before it is drawn (in idle time), so drawing it is quicker. */
export function prepareChart(data: HistogramData): void {
  layoutOf(data);
}

/** Day numbers for the bins and spans, the chart's first and last day, and span lanes. */
function chartLayout(data: HistogramData) {
  const bins: PlacedBin[] = data.days.map((bin) => ({ bin, start: dayNumber(bin.date), end: dayNumber(bin.end) }));
  let first = bins.length > 0 ? bins[0].start : Infinity;
  let last = bins.length > 0 ? bins[bins.length - 1].end : -Infinity;
  // Without day-precise incidents, the spans themselves set the time axis.
  if (bins.length === 0) {
    for (const s of data.spans) {
      first = Math.min(first, dayNumber(s.start));
      last = Math.max(last, dayNumber(s.end));
    }
  }
  // Greedy lanes: a span goes in the first lane whose last span ended before it starts.
  const laneEnds: number[] = [];
  const spans: PlacedSpan[] = data.spans.map((span) => {
    const start = dayNumber(span.start);
    const end = dayNumber(span.end);
    let lane = laneEnds.findIndex((e) => e < start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    return { span, start, end, lane };
  });
  const maxTotal = Math.max(1, ...data.days.map((d) => d.total));
  return { bins, spans, first, last, maxTotal, spanPaths: spanPaths(spans, first, last) };
}

interface SpanPath {
  key: string;
  type: HistogramSpan['type'];
  d: string;
  title: string;
}

/**
 * The periods as one path per type and lane (an archive has a thousand or more of them: one
 * element each made the chart slow to redraw). A period wholly outside the bars is a tick at that edge.
 */
function spanPaths(spans: readonly PlacedSpan[], first: number, last: number): SpanPath[] {
  const x = (day: number) => ((day - first) / (last + 1 - first)) * WIDTH;
  const groups = new Map<string, { type: HistogramSpan['type']; parts: string[]; incidents: number }>();
  for (const s of spans) {
    const outside = s.end < first || s.start > last;
    const x0 = outside ? (s.end < first ? 0 : WIDTH - 3) : x(Math.max(s.start, first));
    const x1 = outside ? x0 + 3 : x(Math.min(s.end, last) + 1);
    const lane = Math.min(s.lane, MAX_LANES - 1);
    const key = `${s.span.type}:${lane}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: s.span.type, parts: [], incidents: 0 }));
    const y = SPAN_TOP + lane * LANE_HEIGHT;
    group.parts.push(`M${round(x0)} ${y}h${round(Math.max(x1 - x0, 1))}v${LANE_HEIGHT - 2}h${round(-Math.max(x1 - x0, 1))}z`);
    group.incidents += s.span.count;
  }
  const perType = new Map<HistogramSpan['type'], number>();
  for (const g of groups.values()) perType.set(g.type, (perType.get(g.type) ?? 0) + g.incidents);
  return [...groups].map(([key, g]) => ({
    key,
    type: g.type,
    d: g.parts.join(''),
    title: `${TYPE_LABEL[g.type]}: ${plural(perType.get(g.type)!, 'incident')} dated only to a week, month, season or year`,
  }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function selectionBand(from: string | null, to: string | null, first: number, last: number): [number, number] | null {
  if (from === null && to === null) return null;
  const a = Math.max(from === null ? first : dayNumber(from), first);
  const b = Math.min(to === null ? last : dayNumber(to), last);
  return a <= b ? [a, b] : null;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function countsLabel(counts: HistogramBin['counts']): string {
  return INCIDENT_TYPES.filter((t) => counts[t] > 0)
    .map((t) => `${TYPE_LABEL[t]} ${counts[t]}`)
    .join(', ');
}

function binLabel(unit: HistogramData['unit'], bin: HistogramBin): string {
  const when = unit === 'day' ? formatDate(bin.date, 'day') : unit === 'week' ? formatDate(bin.date, 'week') : formatDate(bin.date, 'month');
  const parts = countsLabel(bin.counts);
  return `${when}: ${plural(bin.total, 'incident')}${parts ? ` (${parts})` : ''}`;
}

function spanLabel(span: HistogramSpan): string {
  return `${TYPE_LABEL[span.type]}, ${formatDate(span.start, span.precision)}: ${plural(span.count, 'incident')} dated only to the ${span.precision}`;
}

function rangeLabel(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return from === to ? formatDate(from, 'day') : `${formatDate(from, 'day')} – ${formatDate(to, 'day')}`;
  if (from !== null) return `from ${formatDate(from, 'day')}`;
  return `until ${formatDate(to!, 'day')}`;
}

function summary(data: HistogramData, bins: PlacedBin[]): string {
  const spanned = data.spans.reduce((n, s) => n + s.count, 0);
  const head = `Incidents per ${UNIT_WORD[data.unit]} by type`;
  const range = bins.length > 0 ? `, ${formatDate(bins[0].bin.date, 'day')} to ${formatDate(bins[bins.length - 1].bin.end, 'day')}` : '';
  const tail = spanned > 0 ? `, and ${plural(spanned, 'incident')} dated only to a week, month, season or year` : '';
  const keys = bins.length > 0 ? '. Left and Right arrows move, Enter selects dates' : '';
  return `${head}${range}: ${plural(data.dayTotal, 'incident')} with a known day${tail}${keys}.`;
}
