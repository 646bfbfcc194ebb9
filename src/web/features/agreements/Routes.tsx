// The agreements pages: the matrix and list at /agreements, one agreement at its own address /agreements/:id.
import { Route, Routes } from 'react-router-dom';
import AgreementPage from './AgreementPage';
import AgreementsPage from './AgreementsPage';

export default function AgreementsRoutes() {
  return (
    <Routes>
      <Route index element={<AgreementsPage />} />
      <Route path=":id" element={<AgreementPage />} />
    </Routes>
  );
}
