// The database upkeep duty: every ten minutes, on PGlite, what autovacuum does on a server (db/upkeep.ts).
import type { JobDefinition, JobsContext } from '../../jobs/definition.js';

export function systemJobs({ services }: JobsContext): JobDefinition[] {
  return [
    {
      name: 'system.upkeep',
      description: 'On the embedded database, vacuums and analyzes the tables that need it, as a PostgreSQL server does by itself (autovacuum).',
      schedule: '*/10 * * * *',
      run: async () => ({ ...(await services.system.upkeep()) }),
    },
  ];
}
