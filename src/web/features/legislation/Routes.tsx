// Legislation pages: regional coverage (map, slider, trend), a state's laws and assessments, comparison and cooperation,
// treaty status of every member, and the reference files' imports.
import { Route, Routes } from 'react-router-dom';
import { CataloguePage } from './CataloguePage';
import { ComparePage } from './ComparePage';
import { CoveragePage } from './CoveragePage';
import { ReferencePage } from './ReferencePage';
import { StatePage } from './StatePage';
import { TreatiesPage } from './TreatiesPage';

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
