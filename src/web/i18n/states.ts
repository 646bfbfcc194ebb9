// Names of member states and organisations in the reader's language: the region name the browser knows for the
// member's ISO 3166 alpha-2 code (Intl.DisplayNames), else the directory's English name; never a bare ISO3 code.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

interface MemberName {
  code: string;
  name: string;
  iso2: string | null;
}

/** The membership is public and small (~50 rows): read once per page load and shared by every page. */
let members: Promise<Map<string, MemberName>> | null = null;
/** The membership once it has been read: a page opened after that names states in its first drawing. */
let read: Map<string, MemberName> | null = null;
function loadMembers(): Promise<Map<string, MemberName>> {
  members ??= api
    .get<{ members: MemberName[] }>('/api/members')
    .then((r) => {
      read = new Map(r.members.map((m) => [m.code, m]));
      return read;
    })
    .catch((e: unknown) => {
      members = null;
      throw e;
    });
  return members;
}

export function memberName(lng: string, code: string, known: Map<string, MemberName> | null): string {
  const m = known?.get(code);
  if (!m) return code;
  if (m.iso2) {
    try {
      const name = new Intl.DisplayNames([lng], { type: 'region' }).of(m.iso2);
      if (name && name !== m.iso2) return name;
    } catch {
      /* a browser without region names: the directory's name below */
    }
  }
  return m.name;
}

/**
 * `name(code)`: the member's name in the language on screen. `name.ready` says the membership is there: the app draws
 * its pages once it is (App.tsx), so that no page shows codes that change into names under the reader. If the
 * membership cannot be read, it is ready with the codes.
 */
export type MemberNames = ((code: string) => string) & { ready: boolean };

export function useMemberNames(): MemberNames {
  const { i18n } = useTranslation();
  const [known, setKnown] = useState<Map<string, MemberName> | null>(read);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (known) return;
    let live = true;
    loadMembers().then(
      (m) => {
        if (live) setKnown(m);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [known]);
  return Object.assign((code: string) => memberName(i18n.language, code, known), { ready: known !== null || failed });
}
