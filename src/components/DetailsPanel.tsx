/**
 * The details of the open place, beside the map (a bottom sheet on a phone), loaded on demand:
 * the place's file first, then its incidents page by page as the reader scrolls, grouped by
 * month. The current filter applies: the compact atlas says which of the place's incidents
 * pass. A contested town shows its claim timeline. Escape, pressed inside the panel, closes it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { CompactAtlas } from '../data/compact-atlas';
import { placeIncidentsInFilter } from '../data/place-on-map';
import type { Incident } from '../data/schema';
import type { PlaceSummary } from '../data/status';
import { formatCasualties, formatDate } from '../data/format';
import { NEARBY_KM, nearbyPlaces } from '../geo/nearby';
import { SETTLEMENT_KINDS } from '../data/vocabulary';
import { useDetails } from './hooks/use-details';
import { whenIdle } from './hooks/when-idle';
import type { FilteredPlaces } from './hooks/use-filtered-places';
import type { IncidentFilter } from '../data/filters';
import { IncidentItem, NearbyList, PlaceHeader, type NearbyEntry } from './PlaceDetails';
import ControlTimeline from './ControlTimeline';

interface DetailsPanelProps {
  atlas: CompactAtlas;
  placeRow: number;
  shown: FilteredPlaces;
  filter: IncidentFilter;
  /** Whether a filter hides some incidents (so an empty list is explained). */
  filtered: boolean;
  onClose: () => void;
  onOpenPlace: (placeId: string, opener: HTMLElement | null) => void;
  ref?: Ref<HTMLElement>;
}

/**
 * Incidents drawn when a place opens (more than the panel shows at once), and how many more are
 * drawn each time the reader scrolls near the end of what is drawn.
 */
const FIRST_DRAWN = 8;
const MORE_DRAWN = 20;

const placeHref = (id: string) => `?place=${encodeURIComponent(id)}`;

const NO_INCIDENTS: PlaceSummary = {
  status: 'mentioned',
  statuses: ['mentioned'],
  incidentCount: 0,
  killed: 0,
  injured: 0,
  killedAtLeast: false,
  injuredAtLeast: false,
  latestDate: null,
};

export default function DetailsPanel({ atlas, placeRow, shown, filter, filtered, onClose, onOpenPlace, ref }: DetailsPanelProps) {
  const place = atlas.places[placeRow];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = 'details-heading';
  const details = useDetails(place.id);
  const summary = shown.byRow.get(placeRow)?.summary ?? NO_INCIDENTS;
  const passes = useMemo(() => placeIncidentsInFilter(atlas, placeRow, filter), [atlas, placeRow, filter]);
  const placeNames = useMemo(() => new Map(atlas.places.map((p) => [p.id, p.name])), [atlas]);

  // Move focus to the place's name whenever a place opens, so screen readers announce it: in the
  // next frame, where the layout focus needs is done anyway, not in the click's own task.
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [place.id]);

  // The places nearby sit below every incident: worked out once the panel is drawn and the page idle.
  const [nearbyOf, setNearbyOf] = useState<string | null>(null);
  useEffect(() => whenIdle(() => setNearbyOf(place.id)), [place.id]);
  const nearby = useMemo((): NearbyEntry[] => {
    if (nearbyOf !== place.id) return [];
    const settlements = new Map(shown.onMap.filter((p) => SETTLEMENT_KINDS.includes(p.place.kind)).map((p) => [p.place.id, p]));
    const candidates = [...settlements.values()].map((p) => ({ id: p.place.id, coordinates: p.place.point }));
    return nearbyPlaces({ id: place.id, coordinates: place.point }, candidates, NEARBY_KM).map((n) => {
      const row = settlements.get(n.id);
      return { ...n, name: row?.place.name ?? n.id, incidentCount: row?.summary.incidentCount ?? 0 };
    });
  }, [place, nearbyOf, shown.onMap]);

  // Incidents are drawn as the reader scrolls: a few when the place opens, more each time the end
  // of the list comes near, and the next page is asked for once all loaded ones are drawn. Opening
  // a town with thousands of incidents costs what a few do, and nothing is drawn that nobody reads.
  const [drawn, setDrawn] = useState({ placeId: place.id, count: FIRST_DRAWN });
  const drawnCount = drawn.placeId === place.id ? drawn.count : FIRST_DRAWN;

  // The incidents loaded so far that pass the filter, grouped by month (newest first), up to drawnCount.
  const { months, passing } = useMemo(() => {
    const groups: { month: string; incidents: Incident[] }[] = [];
    let passing = 0;
    details.incidents.forEach((incident, k) => {
      if (!passes[k]) return;
      passing++;
      if (passing > drawnCount) return;
      const month = incident.date.slice(0, 7);
      const last = groups[groups.length - 1];
      if (last?.month === month) last.incidents.push(incident);
      else groups.push({ month, incidents: [incident] });
    });
    return { months: groups, passing };
  }, [details.incidents, passes, drawnCount]);
  const undrawn = passing > drawnCount;

  // The end of the list near view: draw more of what is loaded, else ask for the next page. The
  // observer is made again after each step, so a list still short of the view keeps growing.
  const sentinelRef = useRef<HTMLDivElement>(null);
  const { loadMore } = details;
  const morePages = details.hasMore;
  const showMore = () => (undrawn ? setDrawn({ placeId: place.id, count: drawnCount + MORE_DRAWN }) : loadMore());
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || (!undrawn && !morePages)) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        showMore();
      },
      // Near the end of the panel's own scrolling, not the window's.
      { root: sentinel.closest('.details-panel'), rootMargin: '400px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [undrawn, morePages, drawnCount, place.id, loadMore, details.incidents]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };

  const monthTotals = new Map(details.detail?.months.map((m) => [m.month, m]) ?? []);
  const shownCount = months.reduce((n, m) => n + m.incidents.length, 0);
  const onPlaceLink = useCallback(
    (id: string, event: { preventDefault(): void }) => {
      event.preventDefault();
      onOpenPlace(id, null);
    },
    [onOpenPlace],
  );

  return (
    <section
      ref={ref}
      className="details-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-busy={details.loading || (details.detail === null && details.error === null)}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="details-panel__close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      <div className="place-details">
        <PlaceHeader place={place} summary={summary} headingId={headingId} headingRef={headingRef} />
        {details.detail?.control && details.detail.control.points.length > 0 && <ControlTimeline story={details.detail.control} />}
        {summary.incidentCount === 0 && filtered && <p className="muted">No incidents here in the current filter.</p>}
        {months.map((group) => {
          const totals = monthTotals.get(group.month);
          return (
            <section key={group.month} className="incident-month" aria-label={formatDate(`${group.month}-01`, 'month')}>
              <h3 className="incident-month__title">
                {formatDate(`${group.month}-01`, 'month')}
                {!filtered && totals && (
                  <span className="muted">
                    {' '}
                    · {totals.count === 1 ? '1 incident' : `${totals.count} incidents`}
                    {totals.killed + totals.injured > 0 &&
                      ` · ${formatCasualties({ killed: totals.killed || undefined, injured: totals.injured || undefined })}`}
                  </span>
                )}
              </h3>
              <ol className="incident-list">
                {group.incidents.map((incident) => (
                  <IncidentItem
                    key={incident.id}
                    incident={incident}
                    place={place}
                    headingId={headingId}
                    placeHref={placeHref}
                    onPlaceLink={onPlaceLink}
                    placeNames={placeNames}
                  />
                ))}
              </ol>
            </section>
          );
        })}
        {details.error !== null ? (
          <p className="details-error" role="alert">
            The incidents of {place.name} could not be loaded ({details.error}).{' '}
            <button type="button" onClick={details.retry}>
              Retry
            </button>
          </p>
        ) : details.loading ? (
          <p className="muted" role="status">
            Loading incidents…
          </p>
        ) : undrawn || morePages ? (
          <p className="muted">
            {shownCount} shown so far.{' '}
            <button type="button" onClick={showMore}>
              Show more
            </button>
          </p>
        ) : null}
        <div ref={sentinelRef} aria-hidden="true" />
        <NearbyList nearby={nearby} headingId={headingId} placeHref={placeHref} onPlaceLink={onPlaceLink} />
      </div>
      <p className="details-panel__permalink">
        <a href={`/places/${encodeURIComponent(place.id)}/`}>Page for {place.name}</a>
      </p>
    </section>
  );
}
