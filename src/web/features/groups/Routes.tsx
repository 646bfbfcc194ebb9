// Working-groups pages: the list, one group (terms of reference, co-chairs, meetings, statements, report), one meeting.
import { Route, Routes } from 'react-router-dom';
import { GroupPage } from './GroupPage';
import { GroupsListPage } from './GroupsListPage';
import { MeetingPage } from './MeetingPage';

export default function GroupsRoutes() {
  return (
    <Routes>
      <Route index element={<GroupsListPage />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path=":code/*" element={<GroupPage />} />
    </Routes>
  );
}
