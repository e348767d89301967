/** The chart over the rows the other filters leave; loaded after the first view. */
import { memo, useCallback, useEffect, useMemo } from 'react';
import type { CompactAtlas } from '../data/compact-atlas';
import { filterIncidentIndices, type IncidentFilter } from '../data/filters';
import { histogram, histogramOfTypes, type Histogram as HistogramData } from '../data/histogram';
import { INCIDENT_TYPES } from '../data/vocabulary';
import Histogram, { prepareChart } from './Histogram';
import { eachWhenIdle } from './hooks/when-idle';

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
  // a type chip only selects from it (each selection once).
  const allTypes = useMemo(() => {
    if (!domain) return null;
    const parties = partiesKey ? partiesKey.split(',') : [];
    return { all: histogram(atlas, filterIncidentIndices(atlas, { types: [], parties, from: null, to: null }), { domain }), ofTypes: new Map<string, HistogramData>() };
  }, [atlas, partiesKey, domain]);
  const data = useMemo(() => {
    if (allTypes) return ofTypesCached(allTypes, typesKey);
    const types = (typesKey ? typesKey.split(',') : []) as IncidentFilter['types'];
    const parties = partiesKey ? partiesKey.split(',') : [];
    return histogram(atlas, filterIncidentIndices(atlas, { types, parties, from: null, to: null }));
  }, [atlas, allTypes, partiesKey, typesKey]);
  // While the page is idle, each type chip's chart is made ready (as its places are), so a chip click only draws.
  useEffect(() => {
    if (!allTypes) return;
    return eachWhenIdle(INCIDENT_TYPES.map((type) => () => prepareChart(ofTypesCached(allTypes, type))));
  }, [allTypes]);
  const onSelectRange = useCallback((from: string | null, to: string | null) => onChange({ ...filter, from, to }), [filter, onChange]);
  return <Histogram data={data} from={filter.from} to={filter.to} onSelectRange={onSelectRange} />;
}

function ofTypesCached(allTypes: { all: HistogramData; ofTypes: Map<string, HistogramData> }, typesKey: string): HistogramData {
  let data = allTypes.ofTypes.get(typesKey);
  if (!data) {
    data = histogramOfTypes(allTypes.all, (typesKey ? typesKey.split(',') : []) as IncidentFilter['types']);
    allTypes.ofTypes.set(typesKey, data);
  }
  return data;
}

export default memo(HistogramPanel);
