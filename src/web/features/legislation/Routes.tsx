// Legislation pages: regional coverage (map, slider, trend), a state's laws and assessments, comparison and cooperation,
// treaty status of every member, and the reference files' imports.
import { Route, Routes } from 'react-router-dom';
import { CoveragePage } from './CoveragePage';
import { StatePage } from './StatePage';
import { ComparePage } from './ComparePage';
import { CataloguePage } from './CataloguePage';
import { TreatiesPage } from './TreatiesPage';
import { ReferencePage } from './ReferencePage';

export default function LegislationRoutes() {
  return (
    <Routes>
      <Route index element={<CoveragePage />} />
      <Route path="states/:state" element={<StatePage />} />
      <Route path="compare" element={<ComparePage />} />
      <Route path="catalogue" element={<CataloguePage />} />
      <Route path="treaties" element={<TreatiesPage />} />
      <Route path="reference" element={<ReferencePage />} />
    </Routes>
  );
}
