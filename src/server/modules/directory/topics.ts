// The contact point topics of data/taxonomies.json (legislation, law enforcement, document fraud, victims, returns ...).
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../members/reference.js';

let cached: { id: string; label: string }[] | null = null;

export function contactTopics(): { id: string; label: string }[] {
  if (!cached) {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir(), 'taxonomies.json'), 'utf8')) as { contact_point_topics: { items: { id: string; label: string }[] } };
    cached = raw.contact_point_topics.items.map((t) => ({ id: t.id, label: t.label }));
  }
  return cached;
}

export function isContactTopic(id: string): boolean {
  return contactTopics().some((t) => t.id === id);
}
