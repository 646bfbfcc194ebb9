-- Flows rollups, written when a return is submitted (same transaction): the regional cells per dimension, key and month,
-- and each state's cells for reciprocity. The map and trend queries read these instead of every incident.
CREATE TABLE flow_region_cells (
  dimension    text NOT NULL CHECK (dimension IN ('route', 'means', 'nationality')),
  key          text NOT NULL,
  month        int NOT NULL,
  incidents    int NOT NULL,
  migrants     int NOT NULL,
  deaths       int NOT NULL,
  injuries     int NOT NULL,
  fees         int NOT NULL,
  fee_usd_sum  numeric NOT NULL,
  PRIMARY KEY (dimension, month, key)
);

CREATE TABLE flow_state_cells (
  dimension    text NOT NULL CHECK (dimension IN ('route', 'means', 'nationality')),
  key          text NOT NULL,
  state        text NOT NULL,
  month        int NOT NULL,
  incidents    int NOT NULL,
  migrants     int NOT NULL,
  deaths       int NOT NULL,
  injuries     int NOT NULL,
  PRIMARY KEY (dimension, month, state, key)
);
