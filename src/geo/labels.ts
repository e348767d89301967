/**
 * Where town names go on the map and which ones show, in screen pixels, from numbers alone: a
 * marker's point and size and its name's measured width. The map reads no layout to place
 * names (reading a box per marker made a filter to 290 towns wait ~40 ms for forced layouts).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A marker and its name, if it has one shown beside it. */
export interface LabelledMarker {
  marker: Box;
  label: Box | null;
}

/** Gap between a marker's edge and its name (px): `.place-marker__label { left: calc(100% + 4px) }`. */
export const LABEL_GAP_PX = 4;

/**
 * Boxes carry line-height and icon padding: a touch of their edges is not an overlap, so each
 * box is taken this much (px) smaller on every side.
 */
export const LABEL_INSET_PX = 3;

/** A marker's icon box: `size` square, centred on its point (Leaflet's iconAnchor is the centre). */
export function markerBox(x: number, y: number, size: number): Box {
  const half = size / 2;
  return inset({ left: x - half, top: y - half, right: x + half, bottom: y + half });
}

/** A name right of its marker, vertically centred on it (`top: 50%; transform: translateY(-50%)`). */
export function labelBox(x: number, y: number, markerSize: number, width: number, height: number): Box {
  const left = x + markerSize / 2 + LABEL_GAP_PX;
  return inset({ left, top: y - height / 2, right: left + width, bottom: y + height / 2 });
}

function inset(box: Box, by = LABEL_INSET_PX): Box {
  return { left: box.left + by, top: box.top + by, right: box.right - by, bottom: box.bottom - by };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Which names show, for markers given most telling first (contested towns first): a name shows
 * unless it would cover a marker or a shown name that comes before it. Every marker is kept;
 * only names give way. Returns one flag per marker (false for a marker without a name).
 */
export function visibleLabels(markersByPriority: readonly LabelledMarker[]): boolean[] {
  const taken: Box[] = [];
  return markersByPriority.map(({ marker, label }) => {
    const shown = label !== null && !taken.some((other) => overlaps(label, other));
    if (shown) taken.push(label);
    taken.push(marker);
    return shown;
  });
}
