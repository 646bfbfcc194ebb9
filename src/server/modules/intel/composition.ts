// Builds the intelligence exchange, regional alerts and notifications over the services they rely on (agreements,
// members, networks), and registers the watch-list check on the networks' entity-recorded hook.
import { sql } from '../../db/index.js';
import type { Foundation } from '../../services.js';
import type { AgreementsService } from '../agreements/service.js';
import type { MembersService } from '../members/service.js';
import type { NetworksService } from '../networks/service.js';
import { NotificationsService } from '../notifications/service.js';
import { NetworkOutbound, type Outbound } from '../notifications/transport.js';
import { AlertsService } from '../alerts/service.js';
import { WatchlistsService } from '../alerts/watch.js';
import { IntelReportsService } from './service.js';
import { IntelExchangeService } from './exchange.js';

export function createIntelAndAlerts(
  f: Foundation,
  deps: { agreements: AgreementsService; members: MembersService; networks: NetworksService },
  outbound: Outbound = new NetworkOutbound(f.config.smtpUrl, f.config.mailFrom),
) {
  const notifications = new NotificationsService(f.db, f.audit, outbound, { email: Boolean(f.config.smtpUrl) });
  const intelReports = new IntelReportsService(f.db, f.audit, deps.networks);
  const intelExchange = new IntelExchangeService(f.db, f.audit, intelReports, deps.agreements, deps.members, notifications);
  const alerts = new AlertsService(f.db, f.audit, deps.members, notifications);
  const subjects = {
    async subjectById(userId: string) {
      const user = await f.auth.store.userById(userId);
      return user && !user.disabled_at ? f.auth.store.subjectOf(user) : null;
    },
  };
  const watchlists = new WatchlistsService(f.db, f.audit, deps.networks, subjects, notifications);
  // A failing watch-list check must never stop an entity from being recorded.
  // Inside the recording transaction a savepoint keeps a failed check from aborting it.
  deps.networks.onEntityRecorded.push(async (entity) => {
    const inTx = f.db.inTransaction();
    if (inTx) await f.db.query(sql`SAVEPOINT watchlist_check`);
    try {
      await watchlists.onEntityRecorded(entity);
      if (inTx) await f.db.query(sql`RELEASE SAVEPOINT watchlist_check`);
    } catch (error) {
      if (inTx) await f.db.query(sql`ROLLBACK TO SAVEPOINT watchlist_check`);
      console.error('watch-list check failed:', (error as Error).message);
    }
  });
  return { notifications, intelReports, intelExchange, alerts, watchlists };
}
