import type { Bank } from '../../schemas/bank.ts';
import { teamChartRows, type TeamRound } from '../../lib/assessment/team.ts';
import { paths } from '../../lib/urls.ts';
import { LevelChip } from '../shared/LevelChip.tsx';
import { ScoreChart } from '../shared/ScoreChart.tsx';

/**
 * Per area: the consensus score and level, and how far apart the respondents' own scores are.
 * The chart shows the spread; the table gives the same numbers.
 */
export function AreaSpread({ bank, round }: { bank: Bank; round: TeamRound }) {
  const total = round.respondents.length;
  return (
    <section className="results-section" aria-labelledby="team-areas-title">
      <h2 id="team-areas-title">By area</h2>
      <ScoreChart
        rows={teamChartRows(round)}
        levelNames={bank.levels.map((l) => l.name)}
        label="Consensus score of each area, with the lowest to highest of the respondents' own scores and their median."
        series={['Consensus score']}
        legend={{
          range: 'Lowest to highest of the respondents’ own scores',
          target: 'Median of the respondents’ own scores',
        }}
      />
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="team-areas-caption">
        <table className="results-table results-table--cards team-areas">
          <caption id="team-areas-caption">
            Consensus and the respondents’ own scores per area
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Consensus</th>
              <th scope="col">Level</th>
              <th scope="col">Lowest</th>
              <th scope="col">Median</th>
              <th scope="col">Highest</th>
              <th scope="col">Scored by</th>
            </tr>
          </thead>
          <tbody>
            {round.areas.map((a) => (
              <tr key={a.area.slug} data-area={a.area.slug}>
                <th scope="row">
                  <a href={paths.area(a.area.slug)}>
                    {a.area.catalogId} {a.area.title}
                  </a>
                </th>
                <td data-label="Consensus">{a.consensus.score?.display ?? '—'}</td>
                <td data-label="Level">
                  {a.consensus.score ? (
                    <LevelChip bank={bank} level={a.consensus.score.level} />
                  ) : (
                    '—'
                  )}
                </td>
                <td data-label="Lowest">{a.min?.display ?? '—'}</td>
                <td data-label="Median">{a.median?.display ?? '—'}</td>
                <td data-label="Highest">{a.max?.display ?? '—'}</td>
                <td data-label="Scored by">
                  {a.scoredBy} of {total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="assess-hint">
        Consensus: the area scored on the consensus answers below, by the same rules as every
        assessment. Lowest, median and highest: of the respondents’ own area scores, each from that
        respondent’s file (role focus included); respondents with no score in the area are left out,
        and the median of an even count is the mean of the two middle scores.
      </p>
    </section>
  );
}
