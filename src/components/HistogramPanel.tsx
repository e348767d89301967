/** The chart over the rows the other filters leave; loaded after the first view. */
import { useMemo } from 'react';
import type { CompactAtlas } from '../data/compact-atlas';
import { filterIncidentIndices, type IncidentFilter } from '../data/filters';
import { histogram } from '../data/histogram';
import Histogram from './Histogram';

interface HistogramPanelProps {
  atlas: CompactAtlas;
  filter: IncidentFilter;
  domain: { start: string; end: string } | null;
  onChange: (filter: IncidentFilter) => void;
}

export default function HistogramPanel({ atlas, filter, domain, onChange }: HistogramPanelProps) {
  // The chart counts what the date filter would leave without itself, so it shows what a brush would give.
  const { types, parties } = filter;
  const data = useMemo(() => {
    const rows = filterIncidentIndices(atlas, { types, parties, from: null, to: null });
    return histogram(atlas, rows, domain ? { domain } : {});
  }, [atlas, types, parties, domain]);
  return <Histogram data={data} from={filter.from} to={filter.to} onSelectRange={(from, to) => onChange({ ...filter, from, to })} />;
}
