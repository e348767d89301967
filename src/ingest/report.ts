/**
 * The human report of one ingest run (stderr): every place decision and why — candidates,
 * the winner, the sentence — the names left unresolved, the doubtful extractions, and what
 * was drafted.
 */
import type { IngestResult } from './draft';

function quote(text: string, max = 140): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}

export function formatReport(result: IngestResult, file: string): string {
  const lines: string[] = [];
  const sites = result.decisions.filter((d) => d.role === 'site').length;
  lines.push(
    `ingest ${file}: published ${result.published}; ${result.sentences.length} sentences, ` +
      `${result.decisions.length} place names (${sites} event sites), ${result.incidents.length} draft incidents, ` +
      `${result.places.features.length} places`,
  );
  lines.push('', 'Place decisions:');
  for (const d of result.decisions) {
    const s = result.sentences[d.sentence];
    const head = `  [s${d.sentence}] "${d.mention.surface}"`;
    if (!d.chosen) {
      lines.push(`${head} → ${d.role === 'rejected' ? 'rejected' : 'unresolved'}: ${d.choice}`);
      if (d.candidates.length > 0) lines.push(`      candidates: ${d.candidates.slice(0, 3).map((c) => `${c.place.name} (${c.place.country ?? '-'}, ${c.score})`).join('; ')}`);
    } else {
      lines.push(`${head} → ${d.chosen.id}: ${d.role === 'site' ? 'EVENT SITE' : `not a site (${d.role})`}${d.reason ? ` — ${d.reason}` : ''}`);
      lines.push(`      chose ${d.choice}`);
      const others = d.candidates.slice(1, 4);
      if (others.length > 0) lines.push(`      also: ${others.map((c) => `${c.place.source} ${c.place.name} (${c.place.country ?? '-'}) ${c.score}`).join('; ')}`);
    }
    lines.push(`      in: ${quote(s.text)}`);
  }
  lines.push('', `Unresolved names (${result.unresolved.length}):`);
  for (const u of result.unresolved) lines.push(`  [s${u.sentence}] ${u.name}`);
  lines.push('', `Doubtful (${result.doubts.length}):`);
  for (const d of result.doubts) lines.push(`  ${d}`);
  lines.push('', 'Draft incidents:');
  for (const i of result.incidents) {
    const cas = i.casualties ? ` killed ${JSON.stringify(i.casualties.killed ?? '-')}, injured ${JSON.stringify(i.casualties.injured ?? '-')};` : '';
    const claims = i.claims.map((c) => `${c.party} ${c.stance}${c.share ? ` ${Math.round(c.share * 100)}%` : ''} (${c.by})`).join(', ');
    lines.push(`  ${i.id}: ${i.type} at ${i.placeIds.join(', ')} (${i.geoPrecision}), ${i.date} [${i.datePrecision}];${cas} ${i.sources.length} quote(s)${claims ? `; claims: ${claims}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
