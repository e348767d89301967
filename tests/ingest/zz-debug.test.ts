import { it } from 'vitest';
import { ingestOnFixtureGazetteer, siteLabels } from './fixture-ingest';
const ingest = ingestOnFixtureGazetteer();
it('debug', () => {
  for (const t of (process.env.T ?? '').split('|')) {
    const r = ingest(t, process.env.D ?? '2024-06-10');
    console.log(JSON.stringify(siteLabels(r)), r.decisions.map((d) => `${d.mention.surface}:${d.role}:${d.chosen?.name}:${d.reason}`).join(' / '), r.incidents.map(i=>i.type).join(','));
  }
});
