// Victims in the regional picture: persons identified, referred and returned, by identifying state, nationality and month.
// The referral and return cases write these counts as each step happens (same transaction); the counts outlive the cases,
// which are erased after their retention period. Published under the same small-cell rule as every regional figure.
import { sql, type Db } from '../../db/index.js';
import { publishable, type FlowsPolicy } from '../../access/flows.js';
import { monthLabel } from './periods.js';

export const VICTIM_STAGES = ['identified', 'referred', 'returned'] as const;
export type VictimStage = (typeof VICTIM_STAGES)[number];

export class FlowsVictims {
  constructor(private readonly db: Db) {}

  /** Adds one person at a stage (called inside the case's transaction). */
  async count(stage: VictimStage, state: string, nationality: string, date: string, demo = false): Promise<void> {
    const month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    await this.db.query(sql`
      INSERT INTO flow_victim_cells (stage, month, state, nationality, count, demo) VALUES (${stage}, ${month}, ${state}, ${nationality}, 1, ${demo})
      ON CONFLICT (stage, month, state, nationality) DO UPDATE SET count = flow_victim_cells.count + 1, demo = flow_victim_cells.demo OR EXCLUDED.demo`);
  }

  /**
   * Regional counts by nationality and month for each stage, over every identifying state. A cell under the minimum is
   * withheld; totals add up published cells only (so subtracting two answers never recovers a withheld one).
   */
  async regional(from: number, to: number, policy: FlowsPolicy) {
    const rows = await this.db.query<{ stage: VictimStage; month: number; nationality: string; count: number; demo: boolean }>(sql`
      SELECT stage, month, nationality, sum(count)::int AS count, bool_or(demo) AS demo FROM flow_victim_cells
      WHERE month BETWEEN ${from} AND ${to} GROUP BY stage, month, nationality ORDER BY nationality, month, stage`);
    const series = rows.map((r) => ({ stage: r.stage, month: monthLabel(r.month), nationality: r.nationality, count: publishable(r.count, policy), withheld: publishable(r.count, policy) === null }));
    const totals = new Map<string, Record<VictimStage, number> & { withheldCells: number }>();
    for (const s of series) {
      const t = totals.get(s.nationality) ?? { identified: 0, referred: 0, returned: 0, withheldCells: 0 };
      if (s.count === null) t.withheldCells++;
      else t[s.stage] += s.count;
      totals.set(s.nationality, t);
    }
    return {
      series,
      byNationality: [...totals].map(([nationality, t]) => ({ nationality, ...t })).sort((a, b) => b.identified - a.identified || a.nationality.localeCompare(b.nationality)),
      demo: rows.some((r) => r.demo),
    };
  }
}
