-- Flows rollup of incidents per state, route, means and month: the one grid every incident figure is summed from
-- (by route, by means, fees), so that the small-cell rule decides once per cell and a figure withheld in one view is
-- withheld in all of them (access/flows.ts, cellFigure). It replaces the regional cells and the per-state route and
-- means cells, which decided separately per dimension and let one answer be subtracted from another.
CREATE TABLE flow_incident_cells (
  month        int NOT NULL,
  state        text NOT NULL,
  route_key    text NOT NULL,
  means        text NOT NULL,
  incidents    int NOT NULL,
  migrants     int NOT NULL,
  deaths       int NOT NULL,
  injuries     int NOT NULL,
  fees         int NOT NULL,
  fee_usd_sum  numeric NOT NULL,
  PRIMARY KEY (month, state, route_key, means)
);

INSERT INTO flow_incident_cells (month, state, route_key, means, incidents, migrants, deaths, injuries, fees, fee_usd_sum)
SELECT x.month, x.state, r.route_key, x.means, count(*)::int, sum(x.group_size)::int, sum(x.deaths)::int, sum(x.injuries)::int,
  count(x.fee_usd)::int, coalesce(sum(x.fee_usd), 0)
FROM flow_incidents x JOIN flow_routes r ON r.id = x.route_id JOIN flow_submissions s ON s.id = x.submission_id AND s.status = 'submitted'
GROUP BY x.month, x.state, r.route_key, x.means;

DELETE FROM flow_state_cells WHERE dimension <> 'nationality';
DROP TABLE flow_region_cells;
