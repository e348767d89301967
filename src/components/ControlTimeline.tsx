/**
 * A contested town's claim timeline: who claimed what share of it when (dots, height = share),
 * who denied it (crosses on the bottom lane) and when it changed hands (vertical lines), as a
 * small SVG chart, with the same facts as a list for screen readers and for reading closely.
 */
import type { ControlStory } from '../data/status';
import { partyName } from '../data/by-place';
import { dayNumber } from '../data/filters';
import { formatDate } from '../data/format';

const WIDTH = 300;
const HEIGHT = 120;
const PAD = { left: 40, right: 8, top: 8, bottom: 26 };
const DENY_LANE = HEIGHT - PAD.bottom + 12;

const STANDING_WORD = { claimed: 'claimed', contested: 'contested', taken: 'taken', retaken: 'retaken' } as const;

function partyClass(party: string | null): string {
  return party === 'RU' || party === 'UA' ? `timeline-party--${party.toLowerCase()}` : 'timeline-party--other';
}

export default function ControlTimeline({ story }: { story: ControlStory }) {
  const days = story.points.map((p) => dayNumber(p.date));
  const first = Math.min(...days);
  const last = Math.max(...days, first + 1);
  const x = (day: number) => PAD.left + ((day - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (share: number) => HEIGHT - PAD.bottom - share * (HEIGHT - PAD.top - PAD.bottom);
  const summary =
    story.standing === null
      ? 'Claims of control over time'
      : `Claims of control over time; now ${STANDING_WORD[story.standing]}${story.holder ? `, held by ${partyName(story.holder)} as the claims tell it` : ''}`;
  return (
    <figure className="timeline">
      <figcaption className="timeline__caption">{summary}</figcaption>
      <svg className="timeline__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={summary}>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line className="timeline__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(share)} y2={y(share)} />
            <text className="timeline__axis" x={PAD.left - 4} y={y(share) + 3} textAnchor="end">
              {Math.round(share * 100)}%
            </text>
          </g>
        ))}
        <text className="timeline__axis" x={PAD.left - 4} y={DENY_LANE + 3} textAnchor="end">
          denied
        </text>
        {story.changes.map((change, i) => (
          <g key={`c${i}`} className={`timeline__change ${partyClass(change.holder)}`}>
            <line x1={x(dayNumber(change.date))} x2={x(dayNumber(change.date))} y1={PAD.top} y2={DENY_LANE + 6} />
          </g>
        ))}
        {story.points.map((point, i) => {
          const cx = x(days[i]);
          if (point.stance === 'denies') {
            return (
              <path
                key={i}
                className={`timeline__deny ${partyClass(point.party)}`}
                d={`M${cx - 4},${DENY_LANE - 4}L${cx + 4},${DENY_LANE + 4}M${cx - 4},${DENY_LANE + 4}L${cx + 4},${DENY_LANE - 4}`}
              />
            );
          }
          // An assertion without a share claims the whole place.
          return <circle key={i} className={`timeline__claim ${partyClass(point.party)}`} cx={cx} cy={y(point.share ?? 1)} r={4} />;
        })}
        <text className="timeline__axis" x={PAD.left} y={HEIGHT - 2}>
          {formatDate(story.points[0].date, 'day')}
        </text>
        <text className="timeline__axis" x={WIDTH - PAD.right} y={HEIGHT - 2} textAnchor="end">
          {formatDate(story.points[story.points.length - 1].date, 'day')}
        </text>
      </svg>
      <ol className="timeline__list">
        {timelineEntries(story).map((entry, i) => (
          <li key={i} className={entry.change ? 'timeline__list-change' : undefined}>
            <time dateTime={entry.date}>{formatDate(entry.date, 'day')}</time>: {entry.text}
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** The claims and the changes of standing in one list, oldest first (a change after the claim that made it). */
function timelineEntries(story: ControlStory): { date: string; text: string; change: boolean }[] {
  const claims = story.points.map((point) => ({
    date: point.date,
    change: false,
    text: `${partyName(point.party)} (${point.by}) ${
      point.stance === 'asserts'
        ? `claims ${point.share !== null ? `${Math.round(point.share * 100)}% of it` : 'it'}${point.holder && point.holder !== point.party ? ` for ${partyName(point.holder)}` : ''}`
        : `denies${point.holder ? ` that ${partyName(point.holder)} holds it` : ''}`
    }`,
  }));
  const changes = story.changes.map((change) => ({
    date: change.date,
    change: true,
    text: `now ${STANDING_WORD[change.standing]}${change.holder ? ` (${partyName(change.holder)})` : ''}`,
  }));
  return [...claims, ...changes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.change) - Number(b.change)));
}
