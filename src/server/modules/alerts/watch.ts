// Watch-lists: names (scored by the networks scorer, the same one as cross-matching), document numbers, vessels (IMO) and phones (exact
// normalised keys). When anyone records a matching entity the owner is told, without learning what they may not read:
// they see the entity only if they may read it, otherwise "a match was recorded by state X; request access".

import type { Actor } from '../../access/actor.js';
import type { Subject } from '../../access/subject.js';
import type { AuditLog } from '../../audit/log.js';
import { type Db, sql } from '../../db/index.js';
import { Invalid, NotFound } from '../../errors.js';
import { stateName } from '../../i18n/states.js';
import type { Foundation, Services } from '../../services.js';
import { normaliseDocumentNumber, normaliseImo, normaliseName, normalisePhone } from '../networks/matching/normalise.js';
import { scoreRecords } from '../networks/matching/scorer.js';
import type { RecordedEntity } from '../networks/service.js';
import { notice } from '../notifications/notices.js';
import type { Message } from '../notifications/service.js';
import { say } from './messages.js';
import { AlertsStore, type WatchEntryRow } from './store.js';

/**
 * Scorer's score from which a recorded name raises a watch-list alert. Higher than the scorer's own threshold (0.5):
 * an alert interrupts someone, and a name is all a watch-list entry has; 0.8 is a name similarity of about 0.9.
 */
export const NAME_MATCH_THRESHOLD = 0.8;

/** The FtM schema a recorded entity is scored as: a name watch applies to people, organisations and vessels alike. */
const schemaOfKind: Readonly<Record<string, string>> = { person: 'Person', organisation: 'Organization', vessel: 'Vessel' };

export type WatchKind = 'name' | 'document' | 'vessel' | 'phone';

export interface EntityReader {
  lookup(subject: Subject, ids: string[]): Promise<{ id: string; kind: string; caption: string }[]>;
}
export interface SubjectLoader {
  subjectById(userId: string): Promise<Subject | null>;
}
export interface UserNotifier {
  toUsers(userIds: string[], m: Message): Promise<void>;
}

/** The key a watched value is compared on; null when the value cannot be one (an invalid IMO number). */
export function watchKey(kind: WatchKind, value: string): string | null {
  if (kind === 'document') return normaliseDocumentNumber(value) || null;
  if (kind === 'vessel') return normaliseImo(value);
  if (kind === 'phone') return normalisePhone(value) || null;
  return normaliseName(value).latin.toLowerCase() || null;
}

/** The keys a recorded entity offers, one per watch kind its identifiers can be. */
function entityKeys(entity: RecordedEntity): { kind: string; key: string }[] {
  const keys: { kind: string; key: string }[] = [];
  for (const id of entity.identifiers) {
    const doc = normaliseDocumentNumber(id);
    if (doc) keys.push({ kind: 'document', key: doc });
    const imo = normaliseImo(id);
    if (imo) keys.push({ kind: 'vessel', key: imo });
    const phone = normalisePhone(id, entity.nationality ?? undefined);
    if (phone) keys.push({ kind: 'phone', key: phone }, { kind: 'phone', key: normalisePhone(id) });
  }
  return keys;
}

export class WatchlistsService {
  readonly store: AlertsStore;
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly entities: EntityReader,
    private readonly subjects: SubjectLoader,
    private readonly notifier: UserNotifier,
  ) {
    this.store = new AlertsStore(db);
  }

  async create(actor: Actor, input: { name: string; entries: { kind: WatchKind; value: string }[] }, demo = false) {
    const entries = input.entries.map((e, i) => {
      const matchKey = watchKey(e.kind, e.value);
      if (!matchKey) throw new Invalid(`entries.${i}.value`, say(`unusable.${e.kind}`));
      return { kind: e.kind, value: e.value, matchKey };
    });
    const id = await this.db.transaction(async () => {
      const id = await this.store.insertWatchlist(actor.userId, actor.state, input.name, entries, demo);
      await this.audit.record(actor, {
        action: 'alerts.watchlist.create',
        outcome: 'ok',
        targetType: 'watchlist',
        targetId: id,
        detail: { entries: entries.length },
      });
      return id;
    });
    return (await this.list(actor)).watchlists.find((w) => w.id === id)!;
  }

  async list(actor: Actor) {
    const lists = await this.store.watchlistsOf(actor.userId);
    const entries = lists.length ? await this.store.entriesOf(lists.map((l) => l.id)) : [];
    return {
      watchlists: lists.map((l) => ({ ...l, entries: entries.filter((e) => e.watchlistId === l.id).map((e) => ({ id: e.id, kind: e.kind, value: e.value })) })),
    };
  }

  /** Matches of my watch-list; each entity shown only when I may read it now. */
  async matches(actor: Actor, id: string) {
    const owner = await this.store.watchlistOwner(id);
    if (!owner || owner.ownerId !== actor.userId) throw new NotFound(`watch-list ${id}`);
    const rows = await this.store.matchesOf(id);
    const readable = new Map(
      (
        await this.entities.lookup(
          actor,
          rows.map((r) => r.entityId),
        )
      ).map((e) => [e.id, e]),
    );
    return {
      matches: rows.map((r) => {
        const entity = readable.get(r.entityId);
        return {
          id: r.id,
          kind: r.kind,
          entryValue: r.entryValue,
          recordedBy: r.entityOwnerState,
          score: r.score,
          createdAt: r.createdAt,
          entity: entity ? { id: entity.id, kind: entity.kind, caption: entity.caption } : null,
          message: entity
            ? `${entity.caption} was recorded by ${r.entityOwnerState ?? 'the RSO'}`
            : `A match was recorded by ${r.entityOwnerState ?? 'the RSO'}; request access`,
        };
      }),
    };
  }

  /** The networks hook: runs for every entity recorded, by anyone. */
  async onEntityRecorded(entity: RecordedEntity): Promise<void> {
    return this.onEntitiesRecorded([entity]);
  }

  /** The same for a batch (an import's page of up to 1,000 entities): one query for the candidates of all of them. */
  async onEntitiesRecorded(entities: RecordedEntity[]): Promise<void> {
    const keysOf = entities.map((e) => entityKeys(e));
    const candidates = await this.store.candidates(keysOf.flat());
    if (!candidates.length) return;
    for (let i = 0; i < entities.length; i++) await this.checkEntity(entities[i], keysOf[i], candidates);
  }

  private async checkEntity(entity: RecordedEntity, entityKeyList: { kind: string; key: string }[], candidates: WatchEntryRow[]): Promise<void> {
    const keys = new Set(entityKeyList.map((k) => `${k.kind}:${k.key}`));
    const schema = schemaOfKind[entity.kind] ?? 'LegalEntity';
    const hits: { entry: WatchEntryRow; score: number }[] = [];
    for (const entry of candidates) {
      if (entry.kind !== 'name') {
        if (keys.has(`${entry.kind}:${entry.matchKey}`)) hits.push({ entry, score: 1 });
        continue;
      }
      if (!entity.names.length) continue;
      const { score, match } = scoreRecords({ schema, names: [entry.value] }, { schema, names: entity.names }, NAME_MATCH_THRESHOLD);
      if (match) hits.push({ entry, score });
    }
    for (const { entry, score } of hits) {
      const fresh = await this.store.insertMatch({
        watchlistId: entry.watchlistId,
        entryId: entry.id,
        entityId: entity.id,
        entityOwnerState: entity.ownerState,
        score,
      });
      if (!fresh) continue;
      const owner = await this.subjects.subjectById(entry.ownerId);
      const mayRead = owner ? (await this.entities.lookup(owner, [entity.id])).length > 0 : false;
      const by = entity.ownerState ? stateName(entity.ownerState) : notice('theRso');
      await this.notifier.toUsers([entry.ownerId], {
        kind: 'watchlist.match',
        title: mayRead ? notice('watchlistMatch', { value: entry.value, by }) : notice('watchlistMatchHidden', { by }),
        link: `/alerts/watchlists/${entry.watchlistId}`,
      });
    }
  }
}

/**
 * The watch-lists service, checking every entity the networks catalogue records. A failing check must never stop an
 * entity from being recorded: inside the recording transaction a savepoint keeps a failed check from aborting it.
 */
export function createWatchlists(f: Foundation, s: Services): WatchlistsService {
  const subjects = {
    async subjectById(userId: string) {
      const user = await f.auth.store.userById(userId);
      return user && !user.disabled_at ? f.auth.store.subjectOf(user) : null;
    },
  };
  const watchlists = new WatchlistsService(f.db, f.audit, s.networks, subjects, s.notifications);
  s.networks.onEntitiesRecorded.push(async (entities) => {
    const inTx = f.db.inTransaction();
    if (inTx) await f.db.query(sql`SAVEPOINT watchlist_check`);
    try {
      await watchlists.onEntitiesRecorded(entities);
      if (inTx) await f.db.query(sql`RELEASE SAVEPOINT watchlist_check`);
    } catch (error) {
      if (inTx) await f.db.query(sql`ROLLBACK TO SAVEPOINT watchlist_check`);
      console.error('watch-list check failed:', (error as Error).message);
    }
  });
  return watchlists;
}
