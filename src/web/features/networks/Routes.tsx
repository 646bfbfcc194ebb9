// The networks workbench: tabs for search and organisers, graph, route map, timeline, cross-matching, recording, import and export.

import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Page } from '../../components/ui';
import { EntityPage } from './EntityPage';
import { ExchangePage } from './ExchangePage';
import { GraphPage } from './GraphPage';
import { MatchesPage } from './MatchesPage';
import { RecordEntityPage } from './RecordEntityPage';
import { RouteMapPage } from './RouteMapPage';
import { SearchPage } from './SearchPage';
import { TimelinePage } from './TimelinePage';

export default function NetworksRoutes() {
  const { t } = useTranslation('networks');
  const tabs = [
    ['', 'search'],
    ['graph', 'graph'],
    ['map', 'map'],
    ['timeline', 'timeline'],
    ['matches', 'matches'],
    ['record', 'record'],
    ['exchange', 'exchange'],
  ] as const;
  return (
    <Page title={t('title')} intro={t('intro')}>
      <nav aria-label={t('nav')} className="filters">
        {tabs.map(([path, key]) => (
          <NavLink key={key} to={`/networks/${path}`} end>
            {t(`tabs.${key}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<SearchPage />} />
        <Route path="entities/:id" element={<EntityPage />} />
        <Route path="graph" element={<GraphPage />} />
        <Route path="map" element={<RouteMapPage />} />
        <Route path="timeline" element={<TimelinePage />} />
        <Route path="matches" element={<MatchesPage />} />
        <Route path="record" element={<RecordEntityPage />} />
        <Route path="exchange" element={<ExchangePage />} />
      </Routes>
    </Page>
  );
}
