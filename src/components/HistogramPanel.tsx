/** The chart over the rows the other filters leave; loaded after the first view. */
import { memo, useCallback, useMemo } from 'react';
import type { CompactAtlas } from '../data/compact-atlas';
import { filterIncidentIndices, type IncidentFilter } from '../data/filters';
import { histogram, histogramOfTypes } from '../data/histogram';
import Histogram from './Histogram';

interface HistogramPanelProps {
  atlas: CompactAtlas;
  filter: IncidentFilter;
  domain: { start: string; end: string } | null;
  onChange: (filter: IncidentFilter) => void;
}

function HistogramPanel({ atlas, filter, domain, onChange }: HistogramPanelProps) {
  // The chart counts what the date filter would leave without itself, so it shows what a brush would give.
  const partiesKey = filter.parties.join(',');
  const typesKey = filter.types.join(',');
  // Over a fixed domain the bins stay put: every type is counted once per change of parties, and
  // a type chip only selects from it.
  const allTypes = useMemo(() => {
    if (!domain) return null;
    const parties = partiesKey ? partiesKey.split(',') : [];
    return histogram(atlas, filterIncidentIndices(atlas, { types: [], parties, from: null, to: null }), { domain });
  }, [atlas, partiesKey, domain]);
  const data = useMemo(() => {
    const types = (typesKey ? typesKey.split(',') : []) as IncidentFilter['types'];
    if (allTypes) return histogramOfTypes(allTypes, types);
    const parties = partiesKey ? partiesKey.split(',') : [];
    return histogram(atlas, filterIncidentIndices(atlas, { types, parties, from: null, to: null }));
  }, [atlas, allTypes, partiesKey, typesKey]);
  const onSelectRange = useCallback((from: string | null, to: string | null) => onChange({ ...filter, from, to }), [filter, onChange]);
  return <Histogram data={data} from={filter.from} to={filter.to} onSelectRange={onSelectRange} />;
}

export default memo(HistogramPanel);
