// Surveys pages: the list, the builder (new survey or new version), a survey, a state's answers, and the results.
import { Route, Routes } from 'react-router-dom';
import { BuilderPage } from './BuilderPage';
import { ResponsePage } from './ResponsePage';
import { ResultsPage } from './ResultsPage';
import { SurveyPage } from './SurveyPage';
import { SurveysListPage } from './SurveysListPage';

export default function SurveysRoutes() {
  return (
    <Routes>
      <Route index element={<SurveysListPage />} />
      <Route path="new" element={<BuilderPage />} />
      <Route path=":id" element={<SurveyPage />} />
      <Route path=":id/edit" element={<BuilderPage />} />
      <Route path=":id/responses/:state" element={<ResponsePage />} />
      <Route path=":id/results" element={<ResultsPage />} />
    </Routes>
  );
}
