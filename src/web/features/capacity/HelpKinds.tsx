// The kinds of help a need or an offer names come from the server: the form that asks for one waits for them.
import type { ReactNode } from 'react';
import { api } from '../../api';
import { ErrorMessage, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import type { HelpKind } from './types';

type Option = { value: string; label: string };

/** Shows its form once the kinds of help are loaded (never sent with an empty choice); a failed load is said in its place. */
export function WithHelpKinds({ children }: { children: (options: Option[]) => ReactNode }) {
  const label = useVocabulary();
  const kinds = useApi(() => api.get<{ helpKinds: HelpKind[] }>('/api/capacity/help-kinds'), []);
  if (kinds.error) return <ErrorMessage error={kinds.error} />;
  if (!kinds.data) return null;
  return children(kinds.data.helpKinds.map((k) => ({ value: k.id, label: label('capacityHelpKind', k.id) })));
}
