// Victims in the regional picture: persons identified, referred and returned, by identifying state, nationality and month.
// The referral and return cases write these counts as each step happens (same transaction); the counts outlive the cases,
// which are erased after their retention period. Read through FlowsAnalysis.victims, under the small-cell rule of access/flows.ts.
import { type Db, sql } from '../../db/index.js';

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
}
