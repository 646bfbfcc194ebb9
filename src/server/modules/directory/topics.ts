// The contact point topics of data/taxonomies.json (legislation, law enforcement, document fraud, victims, returns ...).
import { taxonomy } from '../../taxonomies.js';

export function contactTopics(): { id: string; label: string }[] {
  return taxonomy('contact_point_topics').map((t) => ({ id: t.id, label: t.label }));
}

export function isContactTopic(id: string): boolean {
  return contactTopics().some((t) => t.id === id);
}
