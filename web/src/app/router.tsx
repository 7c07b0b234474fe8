import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './routes/app-layout';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { TodayRoute } from './routes/today';

// Today (the logger) ships in the first bundle; coach screens and settings load when opened.
const CoachRoute = lazy(() => import('./routes/coach'));
const WatchRoute = lazy(() => import('./routes/watch'));
const AthleteRoute = lazy(() => import('./routes/athlete'));
const SettingsRoute = lazy(() => import('./routes/settings'));
const RoutinesRoute = lazy(() => import('./routes/routines'));
const RoutineEditorRoute = lazy(() => import('./routes/routine-editor'));
const HistoryRoute = lazy(() => import('./routes/history'));
const HistorySessionRoute = lazy(() => import('./routes/history-session'));
const ProgressRoute = lazy(() => import('./routes/progress'));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route element={<AppLayout />}>
          <Route index element={<TodayRoute />} />
          <Route path="coach" element={<CoachRoute />} />
          <Route path="watch/:sessionId" element={<WatchRoute />} />
          <Route path="athletes/:athleteId" element={<AthleteRoute />} />
          <Route path="settings" element={<SettingsRoute />} />
          <Route path="routines" element={<RoutinesRoute />} />
          <Route path="routines/new" element={<RoutineEditorRoute />} />
          <Route path="routines/:routineId" element={<RoutineEditorRoute />} />
          <Route path="history" element={<HistoryRoute />} />
          <Route path="history/:sessionId" element={<HistorySessionRoute />} />
          <Route path="progress" element={<ProgressRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
