/** The details of the open place, beside the map (a bottom sheet on a phone). Escape closes it. */
import { useEffect, useRef, type Ref } from 'react';
import type { Incident } from '../data/schema';
import type { ClientPlace } from '../data/client-atlas';
import PlaceDetails, { type NearbyEntry } from './PlaceDetails';

export type { NearbyEntry };

interface DetailsPanelProps {
  place: ClientPlace;
  /** The place's incidents in the current filter. */
  incidents: readonly Incident[];
  /** Whether a filter hides some incidents (so an empty list is explained). */
  filtered: boolean;
  nearby: readonly NearbyEntry[];
  placeNames: ReadonlyMap<string, string>;
  onClose: () => void;
  onOpenPlace: (placeId: string, opener: HTMLElement | null) => void;
  ref?: Ref<HTMLElement>;
}

export default function DetailsPanel({
  place,
  incidents,
  filtered,
  nearby,
  placeNames,
  onClose,
  onOpenPlace,
  ref,
}: DetailsPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = 'details-heading';

  // Move focus to the place's name whenever a place opens, so screen readers announce it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [place.id]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <section ref={ref} className="details-panel" role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <button type="button" className="details-panel__close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      <PlaceDetails
        place={place}
        incidents={incidents}
        nearby={nearby}
        emptyNote={filtered ? 'No incidents here in the current filter.' : undefined}
        headingId={headingId}
        headingRef={headingRef}
        placeNames={placeNames}
        placeHref={(id) => `?place=${encodeURIComponent(id)}`}
        onPlaceLink={(id, event) => {
          event.preventDefault();
          onOpenPlace(id, null);
        }}
      />
      <p className="details-panel__permalink">
        <a href={`/places/${encodeURIComponent(place.id)}/`}>Page for {place.name}</a>
      </p>
    </section>
  );
}
