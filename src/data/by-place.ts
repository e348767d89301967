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

/** A party's name: kept under its old name for the components; new code imports countryName. */
export { countryName as partyName } from './country-names';
