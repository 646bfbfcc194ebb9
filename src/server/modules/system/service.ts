// Instance facts for the health check: which database kind serves, and whether the demo data set is loaded.
import { type Db, sql } from '../../db/index.js';

export class SystemService {
  constructor(private readonly db: Db) {}

  async health() {
    const row = await this.db.one<{ demo: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_seeded') AS demo`);
    return { status: 'ok' as const, database: this.db.kind, demo: row?.demo ?? false, version: '0.1.0' };
  }
}
