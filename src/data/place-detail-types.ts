/**
 * The per-place detail files the client reads (`/data/places/<id>.json`), as agreed with the
 * build that writes them. Types only.
 */
import type { Incident } from './schema';
import type { PlaceKind } from './vocabulary';

export type { ControlStory } from './status';
import type { ControlStory } from './status';

export interface PlaceDetail {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country?: string;
  admin1?: string;
  region?: string;
  point: [number, number];
  incidentCount: number;
  killed: number;
  injured: number;
  killedAtLeast: boolean;
  injuredAtLeast: boolean;
  firstDate: string | null;
  latestDate: string | null;
  /** Newest first. */
  months: { month: string; count: number; killed: number; injured: number }[];
  pageSize: number;
  pages: number;
  control: ControlStory | null;
}

export type PlacePage = Incident[];
