/**
 * The per-place detail files the client reads (`/data/places/<id>.json`), as agreed with the
 * build that writes them. Types only.
 */
import type { Incident } from './schema';
import type { PlaceKind } from './vocabulary';

export type ControlStanding = 'claimed' | 'contested' | 'taken' | 'retaken';

export interface ControlPoint {
  date: string;
  incidentId: string;
  party: string;
  by: string;
  stance: 'asserts' | 'denies';
  holder: string | null;
  share: number | null;
  statement: string;
}

export interface ControlStory {
  standing: ControlStanding | null;
  holder: string | null;
  changes: { date: string; holder: string; standing: ControlStanding }[];
  points: ControlPoint[];
}

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
