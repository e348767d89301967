/**
 * What happened at one place: rendered on the server for /places/<id>/ (no JavaScript) and
 * inside the map's details panel. Everything from a report is rendered as text by React.
 */
import { memo, type MouseEvent, type Ref } from 'react';
import type { Claim, Incident } from '../data/schema';
import type { ClientPlace } from '../data/client-atlas';
import { summarizePlace, STATUS_LABEL, type PlaceSummary } from '../data/status';
import { formatCasualties, formatDate, TYPE_LABEL } from '../data/format';
import { partyName } from '../data/by-place';

/** Another place with incidents near this one (within NEARBY_KM of src/geo/nearby.ts, nearest first). */
export interface NearbyEntry {
  id: string;
  name: string;
  distanceKm: number;
  incidentCount: number;
}

interface PlaceDetailsProps {
  place: ClientPlace;
  incidents: readonly Incident[];
  nearby?: readonly NearbyEntry[];
  /** Said instead of the list when there are no incidents (e.g. all filtered out). */
  emptyNote?: string;
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Heading level: 1 on the place's own page, 2 inside the map panel. */
  level?: 1 | 2;
  /** Where a link to another place points: its page on the server, `?place=` in the island. */
  placeHref: (placeId: string) => string;
  /** In the island, following such a link opens the place on the map instead of loading a page. */
  onPlaceLink?: (placeId: string, event: MouseEvent<HTMLAnchorElement>) => void;
  placeNames?: ReadonlyMap<string, string>;
}

export default function PlaceDetails({
  place,
  incidents,
  nearby = [],
  emptyNote,
  headingId,
  headingRef,
  level = 2,
  placeHref,
  onPlaceLink,
  placeNames,
}: PlaceDetailsProps) {
  const summary = summarizePlace(incidents);
  return (
    <div className="place-details">
      <PlaceHeader place={place} summary={summary} headingId={headingId} headingRef={headingRef} level={level} />
      {incidents.length === 0 && emptyNote && <p className="muted">{emptyNote}</p>}
      <ol className="incident-list">
        {incidents.map((incident) => (
          <IncidentItem
            key={incident.id}
            incident={incident}
            place={place}
            headingId={headingId}
            level={level}
            placeHref={placeHref}
            onPlaceLink={onPlaceLink}
            placeNames={placeNames}
          />
        ))}
      </ol>
      <NearbyList nearby={nearby} headingId={headingId} level={level} placeHref={placeHref} onPlaceLink={onPlaceLink} />
    </div>
  );
}

interface PlaceHeaderProps {
  place: ClientPlace;
  summary: PlaceSummary;
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  level?: 1 | 2;
}

/** The place's name, status, kind and region, other spellings, and its incident and casualty totals. */
export function PlaceHeader({ place, summary, headingId, headingRef, level = 2 }: PlaceHeaderProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  // For Ukrainian settlements the region comes from point-in-polygon at build, not a typed field.
  const where = [place.region ?? place.admin1, place.country ? partyName(place.country) : undefined]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="place-details__name">
        {place.name}
      </Heading>
      <p className="place-details__meta">
        {summary.status !== 'mentioned' && (
          <span className={`status-badge status-badge--${summary.status}`}>{STATUS_LABEL[summary.status]}</span>
        )}{' '}
        <span>
          {KIND_LABEL[place.kind]}
          {where ? ` · ${where}` : ''}
        </span>
      </p>
      {place.aliases.length > 0 && (
        <p className="place-details__aliases">
          <span className="muted">Also written: </span>
          {/* Cyrillic first: it is what a reader of Ukrainian or Russian sources will search for. */}
          {[...place.aliases.filter(isCyrillic), ...place.aliases.filter((a) => !isCyrillic(a))].join(', ')}
        </p>
      )}
      <p className="place-details__count">
        {summary.incidentCount === 1 ? '1 incident' : `${summary.incidentCount} incidents`}
        {summary.killed > 0 || summary.injured > 0
          ? ` · ${formatCasualties({ killed: summary.killed || undefined, injured: summary.injured || undefined })}`
          : ''}
      </p>
    </>
  );
}

interface IncidentItemProps {
  incident: Incident;
  place: ClientPlace;
  headingId: string;
  level?: 1 | 2;
  placeHref: (placeId: string) => string;
  onPlaceLink?: (placeId: string, event: MouseEvent<HTMLAnchorElement>) => void;
  placeNames?: ReadonlyMap<string, string>;
}

/** One incident: title, date, type, casualties, summary, other places, claims and the quoted sources. */
// Memoised: the map's panel draws a page of incidents in steps, and drawn ones need not be drawn again.
export const IncidentItem = memo(function IncidentItem({ incident, place, headingId, level = 2, placeHref, onPlaceLink, placeNames }: IncidentItemProps) {
  const IncidentHeading = level === 1 ? 'h2' : 'h3';
  return (
    <li key={incident.id} className={`incident incident--${incident.type}`}>
      <article aria-labelledby={`${headingId}-${incident.id}`}>
        <IncidentHeading id={`${headingId}-${incident.id}`} className="incident__title">
          {incident.title}
        </IncidentHeading>
        <p className="incident__meta">
          <time dateTime={incident.date}>{formatDate(incident.date, incident.datePrecision)}</time>
          {' · '}
          <span className={`type-tag type-tag--${incident.type}`}>{TYPE_LABEL[incident.type]}</span>
          {incident.geoPrecision === 'near' ? ' · near this place' : ''}
          {incident.geoPrecision === 'region' ? ' · region-wide' : ''}
        </p>
        {incident.casualties && formatCasualties(incident.casualties) && (
          <p className="incident__casualties">{formatCasualties(incident.casualties)}</p>
        )}
        <p className="incident__summary">{incident.summary}</p>
        {incident.placeIds.length > 1 && (
          <p className="incident__places">
            <span className="muted">Places: </span>
            {incident.placeIds.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                {id === place.id ? (
                  (placeNames?.get(id) ?? id)
                ) : (
                  <a href={placeHref(id)} onClick={onPlaceLink && ((event) => onPlaceLink(id, event))}>
                    {placeNames?.get(id) ?? id}
                  </a>
                )}
              </span>
            ))}
          </p>
        )}
        {incident.claims.length > 0 && <ClaimsTable claims={incident.claims} />}
        <ul className="sources" aria-label="Sources">
          {incident.sources.map((source, i) => (
            <li key={i} className="source">
              <blockquote className="source__quote">{source.quote}</blockquote>
              <p className="source__cite">
                —{' '}
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer nofollow">
                    {source.outlet}
                  </a>
                ) : (
                  <cite>{source.outlet}</cite>
                )}
                , “{source.title}”, <time dateTime={source.published}>{formatDate(source.published, 'day')}</time>
              </p>
            </li>
          ))}
        </ul>
      </article>
    </li>
  );
});

interface NearbyListProps {
  nearby: readonly NearbyEntry[];
  headingId: string;
  level?: 1 | 2;
  placeHref: (placeId: string) => string;
  onPlaceLink?: (placeId: string, event: MouseEvent<HTMLAnchorElement>) => void;
}

/** Other places with incidents within 50 km, nearest first, as links. */
export function NearbyList({ nearby, headingId, level = 2, placeHref, onPlaceLink }: NearbyListProps) {
  const IncidentHeading = level === 1 ? 'h2' : 'h3';
  if (nearby.length === 0) return null;
  return (
        <section className="nearby" aria-labelledby={`${headingId}-nearby`}>
          <IncidentHeading id={`${headingId}-nearby`} className="nearby__title">
            Nearby, within 50 km
          </IncidentHeading>
          <ul>
            {nearby.map((entry) => (
              <li key={entry.id}>
                <a href={placeHref(entry.id)} onClick={onPlaceLink && ((event) => onPlaceLink(entry.id, event))}>
                  {entry.name}
                </a>{' '}
                <span className="muted">
                  {formatKm(entry.distanceKm)} · {entry.incidentCount === 1 ? '1 incident' : `${entry.incidentCount} incidents`}
                </span>
              </li>
            ))}
          </ul>
        </section>
  );
}

function isCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

function formatKm(km: number): string {
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}

/** Asserts and denies side by side, each with who said it. */
function ClaimsTable({ claims }: { claims: readonly Claim[] }) {
  const asserts = claims.filter((c) => c.stance === 'asserts');
  const denies = claims.filter((c) => c.stance === 'denies');
  return (
    <div className="claims" role="group" aria-label="Claims">
      <ClaimColumn title="Asserts" stance="asserts" claims={asserts} />
      <ClaimColumn title="Denies" stance="denies" claims={denies} />
    </div>
  );
}

function ClaimColumn({ title, stance, claims }: { title: string; stance: Claim['stance']; claims: readonly Claim[] }) {
  return (
    <section className={`claims__column claims__column--${stance}`} aria-label={title}>
      <h4 className="claims__heading">{title}</h4>
      {claims.length === 0 ? (
        <p className="muted">—</p>
      ) : (
        <ul>
          {claims.map((claim, i) => (
            <li key={i} className="claim">
              <p className="claim__who">
                <strong>{partyName(claim.party)}</strong> · {claim.by}
                {claim.share !== undefined ? ` · ${Math.round(claim.share * 100)}%` : ''}
              </p>
              <q className="claim__statement">{claim.statement}</q>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const KIND_LABEL: Record<ClientPlace['kind'], string> = {
  city: 'City',
  town: 'Town',
  village: 'Village',
  region: 'Region',
  river: 'River',
  'sea-area': 'Sea area',
  country: 'Country',
};
