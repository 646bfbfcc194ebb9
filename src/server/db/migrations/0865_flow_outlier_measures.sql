-- Outlier flags say what was flagged as data (the measure, the route, the expected figure) so that the page can say it
-- in the reader's language; `field` and `expected` keep the English sentence written when the flag was raised.
ALTER TABLE flow_outliers
  ADD COLUMN measure text CHECK (measure IN ('fee_usd', 'group_size', 'period_migrants')),
  ADD COLUMN route_key text,
  ADD COLUMN expected_value numeric;

-- Flags raised before: read back from the three English shapes quality.ts wrote.
UPDATE flow_outliers SET
  measure = CASE
    WHEN field LIKE 'fee (USD) on %' THEN 'fee_usd'
    WHEN field LIKE 'group size on %' THEN 'group_size'
    WHEN field = 'smuggled migrants in the period' THEN 'period_migrants'
  END,
  route_key = CASE WHEN field LIKE 'fee (USD) on %' OR field LIKE 'group size on %' THEN substring(field FROM ' on (.+)$') END,
  expected_value = substring(expected FROM '([0-9]+)')::numeric
WHERE measure IS NULL;
