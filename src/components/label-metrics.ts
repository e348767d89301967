/**
 * The size of a town's name on the map without laying the page out: widths come from a canvas
 * set to the label's font (measureText reads no layout), remembered per name; the height is the
 * label's fixed line-height. The font is read once, from the first label drawn.
 */

export interface LabelMetrics {
  /** Width in px of `text` in the label font. */
  width: (text: string) => number;
  /** Height in px of a one-line label. */
  height: number;
}

let metrics: LabelMetrics | null = null;

/** `sample` is a label in the page (for its computed font); later calls reuse the first answer. */
export function labelMetrics(sample: HTMLElement): LabelMetrics {
  if (metrics) return metrics;
  const style = getComputedStyle(sample);
  const fontSize = parseFloat(style.fontSize) || 12;
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const widths = new Map<string, number>();
  const width = (text: string): number => {
    let w = widths.get(text);
    if (w === undefined) {
      // Without a canvas, a generous guess per character keeps names apart rather than overlapping.
      w = context ? context.measureText(text).width : text.length * fontSize * 0.7;
      widths.set(text, w);
    }
    return w;
  };
  // line-height is a length in site.css; 'normal' would depend on the font, so guess it generously.
  const height = parseFloat(style.lineHeight) || fontSize * 1.4;
  metrics = { width, height };
  return metrics;
}
