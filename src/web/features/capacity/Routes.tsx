// Capacity-building pages: needs (with suggestions), offers, the ranked matches of a need, agreed assistance, the analysis.
import { Route, Routes } from 'react-router-dom';
import { AnalysisPage } from './AnalysisPage';
import { AssistancePage } from './AssistancePage';
import { MatchesPage } from './MatchesPage';
import { NeedsPage } from './NeedsPage';
import { OffersPage } from './OffersPage';

export default function CapacityRoutes() {
  return (
    <Routes>
      <Route index element={<NeedsPage />} />
      <Route path="offers" element={<OffersPage />} />
      <Route path="needs/:id" element={<MatchesPage />} />
      <Route path="assistance" element={<AssistancePage />} />
      <Route path="analysis" element={<AnalysisPage />} />
    </Routes>
  );
}
