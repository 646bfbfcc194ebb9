// Instance facts: which database kind serves, whether the demo data set is loaded; the database's upkeep; and one
// transaction for the demo seeders.
import { type Db, sql } from '../../db/index.js';
import { upkeep } from '../../db/upkeep.js';

export class SystemService {
  constructor(private readonly db: Db) {}

  async health() {
    const row = await this.db.one<{ demo: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_seeded') AS demo`);
    return { status: 'ok' as const, database: this.db.kind, demo: row?.demo ?? false, version: '0.1.0' };
  }

  /** Vacuums and analyzes what needs it on PGlite (a server's autovacuum does it on PostgreSQL): the upkeep duty. */
  upkeep() {
    return upkeep(this.db);
  }

  /** Whether the demo data set has been seeded here (seeding runs once; a second start finds it and skips). */
  async demoSeeded(): Promise<boolean> {
    return (await this.health()).demo;
  }

  async markDemoSeeded(): Promise<void> {
    await this.db.query(
      sql`INSERT INTO settings (key, value) VALUES ('demo_seeded', ${JSON.stringify({ at: new Date().toISOString() })}::jsonb) ON CONFLICT (key) DO NOTHING`,
    );
  }

  /**
   * Runs `fn` as one transaction: for a demo seeder that writes history straight through its module's stores (no
   * service would accept back-dated records), so that an interrupted seeding leaves none of it.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }
}
