import type { Incident } from './schema';

/** Incidents grouped under each of their place ids, keeping the input order (newest first). */
export function incidentsByPlace(incidents: readonly Incident[]): Map<string, Incident[]> {
  const byPlace = new Map<string, Incident[]>();
  for (const incident of incidents) {
    for (const placeId of incident.placeIds) {
      const list = byPlace.get(placeId);
      if (list) list.push(incident);
      else byPlace.set(placeId, [incident]);
    }
  }
  return byPlace;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "RU" → "Russia"; an unknown code is shown as given. */
export function partyName(iso2: string): string {
  try {
    return regionNames.of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}
