-- Statements generated for PostgreSQL. Regenerate with -Dsplitbench.golden.update=true (see GeneratedSqlGoldenTest).

-- With temporary tables (when the engine refuses one, the statements below them are run instead).

-- keep sb_status
-- bound values: [exp_a, 1772409600000, 1773100800000]
CREATE TEMPORARY TABLE sb_status AS
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
)
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1;
ANALYZE sb_status;

-- keep sb_pu
-- bound values: [exp_a, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000]
CREATE TEMPORARY TABLE sb_pu AS
WITH sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
)
SELECT us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_0,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS cov_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_4,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <> CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_5,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value >= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_6,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS den_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS den_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_10
  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
  GROUP BY us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2;
ANALYZE sb_pu;

-- population
-- bound values: [exp_a]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
)
SELECT 0 AS row_kind, variant_name AS name, CAST(0 AS BIGINT) AS n1, CAST(0 AS BIGINT) AS n2, CAST(0 AS BIGINT) AS n3 FROM sb_a GROUP BY variant_name
UNION ALL SELECT 1, variant_name, CAST(COUNT(*) AS BIGINT), MIN(exposed_ms), MAX(exposed_ms) FROM sb_users GROUP BY variant_name
UNION ALL SELECT 2, CAST(NULL AS VARCHAR), CAST(COUNT(*) AS BIGINT), CAST(SUM(multiple) AS BIGINT), CAST(SUM(CASE WHEN multiple = 0 AND analysed = 0 THEN 1 ELSE 0 END) AS BIGINT) FROM sb_status
UNION ALL SELECT 3, CAST(NULL AS VARCHAR), CAST(0 AS BIGINT), CAST(COUNT(DISTINCT dim_0) + MAX(CASE WHEN dim_0 IS NULL THEN 1 ELSE 0 END) AS BIGINT), CAST(0 AS BIGINT) FROM sb_users
UNION ALL SELECT 3, CAST(NULL AS VARCHAR), CAST(1 AS BIGINT), CAST(COUNT(DISTINCT dim_1) + MAX(CASE WHEN dim_1 IS NULL THEN 1 ELSE 0 END) AS BIGINT), CAST(0 AS BIGINT) FROM sb_users
UNION ALL SELECT 3, CAST(NULL AS VARCHAR), CAST(2 AS BIGINT), CAST(COUNT(DISTINCT dim_2) + MAX(CASE WHEN dim_2 IS NULL THEN 1 ELSE 0 END) AS BIGINT), CAST(0 AS BIGINT) FROM sb_users;

-- event health
-- bound values: [exp_a, 1773100800000, 1773100800000]
WITH sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
)
SELECT CAST(SUM(CASE WHEN s.unit_id IS NULL THEN 1 ELSE 0 END) AS BIGINT),
  CAST(SUM(CASE WHEN s.analysed = 0 THEN 1 ELSE 0 END) AS BIGINT),
  CAST(SUM(CASE WHEN s.analysed = 1 AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms < s.exposed_ms THEN 1 ELSE 0 END) AS BIGINT),
  MAX(CASE WHEN s.analysed = 1 AND ev.event_ms < CAST(? AS BIGINT) THEN ev.event_ms END)
FROM sb_ev ev LEFT JOIN sb_status s ON s.unit_id = ev.unit_id;

-- exposures and segment users
-- bound values: [1772323200000, 8]
WITH sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
)
SELECT -1 AS dim_index, day_index, CAST(NULL AS VARCHAR) AS segment, variant_name, CAST(COUNT(*) AS BIGINT) AS users
  FROM (SELECT LEAST((exposed_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) AS day_index, variant_name FROM sb_users) days
  GROUP BY day_index, variant_name
UNION ALL SELECT 0, CAST(0 AS BIGINT), dim_0, variant_name, CAST(COUNT(*) AS BIGINT) FROM sb_users GROUP BY dim_0, variant_name
UNION ALL SELECT 1, CAST(0 AS BIGINT), dim_1, variant_name, CAST(COUNT(*) AS BIGINT) FROM sb_users GROUP BY dim_1, variant_name;

-- percentile caps
-- bound values: [0.9, 0.9, 0.5, 0.5]
SELECT 3 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT num_3 AS stat_value FROM sb_pu) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 6 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT num_6 AS stat_value FROM sb_pu) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt);

-- histogram ranges
-- bound values: [75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 75.5, 75.5, 120.0, 120.0, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99]
WITH sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2,
    CAST(CASE WHEN num_0 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_0, CAST(0 AS DOUBLE PRECISION) AS d_0, CAST(0 AS DOUBLE PRECISION) AS x_0, 1 AS inc_0,
    CAST(CASE WHEN num_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_1, CAST(0 AS DOUBLE PRECISION) AS d_1, CAST(CASE WHEN cov_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS x_1, 1 AS inc_1,
    CAST(num_2 AS DOUBLE PRECISION) AS y_2, CAST(0 AS DOUBLE PRECISION) AS d_2, CAST(0 AS DOUBLE PRECISION) AS x_2, 1 AS inc_2,
    CAST(CASE WHEN num_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_3 END AS DOUBLE PRECISION) AS y_3, CAST(0 AS DOUBLE PRECISION) AS d_3, CAST(CASE WHEN cov_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE cov_3 END AS DOUBLE PRECISION) AS x_3, 1 AS inc_3,
    CAST(CASE WHEN num_4 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_4 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4,
    CAST(num_5 AS DOUBLE PRECISION) AS y_5, CAST(0 AS DOUBLE PRECISION) AS d_5, CAST(0 AS DOUBLE PRECISION) AS x_5, 1 AS inc_5,
    CAST(CASE WHEN num_6 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_6 END AS DOUBLE PRECISION) AS y_6, CAST(0 AS DOUBLE PRECISION) AS d_6, CAST(0 AS DOUBLE PRECISION) AS x_6, 1 AS inc_6,
    CAST(CASE WHEN num_7 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_7 END AS DOUBLE PRECISION) AS y_7, CAST(den_7 AS DOUBLE PRECISION) AS d_7, CAST(0 AS DOUBLE PRECISION) AS x_7, 1 AS inc_7,
    CAST(CASE WHEN num_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_8, CAST(CASE WHEN den_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS d_8, CAST(0 AS DOUBLE PRECISION) AS x_8, 1 AS inc_8,
    CAST(num_9 AS DOUBLE PRECISION) AS y_9, CAST(0 AS DOUBLE PRECISION) AS d_9, CAST(cov_9 AS DOUBLE PRECISION) AS x_9, 1 AS inc_9,
    CAST(num_10 AS DOUBLE PRECISION) AS y_10, CAST(0 AS DOUBLE PRECISION) AS d_10, CAST(0 AS DOUBLE PRECISION) AS x_10, 1 AS inc_10
  FROM sb_pu
)
SELECT 0 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_0 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 1 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_1 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 2 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_2 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 3 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_3 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 4 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_4 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 5 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_5 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 6 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_6 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 7 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_7 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 8 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_8 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 9 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_9 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 10 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_10 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt);

-- moments
-- bound values: [75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 75.5, 75.5, 120.0, 120.0]
WITH sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2,
    CAST(CASE WHEN num_0 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_0, CAST(0 AS DOUBLE PRECISION) AS d_0, CAST(0 AS DOUBLE PRECISION) AS x_0, 1 AS inc_0,
    CAST(CASE WHEN num_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_1, CAST(0 AS DOUBLE PRECISION) AS d_1, CAST(CASE WHEN cov_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS x_1, 1 AS inc_1,
    CAST(num_2 AS DOUBLE PRECISION) AS y_2, CAST(0 AS DOUBLE PRECISION) AS d_2, CAST(0 AS DOUBLE PRECISION) AS x_2, 1 AS inc_2,
    CAST(CASE WHEN num_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_3 END AS DOUBLE PRECISION) AS y_3, CAST(0 AS DOUBLE PRECISION) AS d_3, CAST(CASE WHEN cov_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE cov_3 END AS DOUBLE PRECISION) AS x_3, 1 AS inc_3,
    CAST(CASE WHEN num_4 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_4 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4,
    CAST(num_5 AS DOUBLE PRECISION) AS y_5, CAST(0 AS DOUBLE PRECISION) AS d_5, CAST(0 AS DOUBLE PRECISION) AS x_5, 1 AS inc_5,
    CAST(CASE WHEN num_6 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_6 END AS DOUBLE PRECISION) AS y_6, CAST(0 AS DOUBLE PRECISION) AS d_6, CAST(0 AS DOUBLE PRECISION) AS x_6, 1 AS inc_6,
    CAST(CASE WHEN num_7 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_7 END AS DOUBLE PRECISION) AS y_7, CAST(den_7 AS DOUBLE PRECISION) AS d_7, CAST(0 AS DOUBLE PRECISION) AS x_7, 1 AS inc_7,
    CAST(CASE WHEN num_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_8, CAST(CASE WHEN den_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS d_8, CAST(0 AS DOUBLE PRECISION) AS x_8, 1 AS inc_8,
    CAST(num_9 AS DOUBLE PRECISION) AS y_9, CAST(0 AS DOUBLE PRECISION) AS d_9, CAST(cov_9 AS DOUBLE PRECISION) AS x_9, 1 AS inc_9,
    CAST(num_10 AS DOUBLE PRECISION) AS y_10, CAST(0 AS DOUBLE PRECISION) AS d_10, CAST(0 AS DOUBLE PRECISION) AS x_10, 1 AS inc_10
  FROM sb_pu
)
SELECT -1 AS branch, CAST(NULL AS VARCHAR) AS segment, CAST(0 AS BIGINT) AS day_index, variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4),
    SUM(inc_5), SUM(y_5), SUM(y_5 * y_5), SUM(d_5), SUM(d_5 * d_5), SUM(y_5 * d_5), SUM(x_5), SUM(x_5 * x_5), SUM(x_5 * y_5),
    SUM(inc_6), SUM(y_6), SUM(y_6 * y_6), SUM(d_6), SUM(d_6 * d_6), SUM(y_6 * d_6), SUM(x_6), SUM(x_6 * x_6), SUM(x_6 * y_6),
    SUM(inc_7), SUM(y_7), SUM(y_7 * y_7), SUM(d_7), SUM(d_7 * d_7), SUM(y_7 * d_7), SUM(x_7), SUM(x_7 * x_7), SUM(x_7 * y_7),
    SUM(inc_8), SUM(y_8), SUM(y_8 * y_8), SUM(d_8), SUM(d_8 * d_8), SUM(y_8 * d_8), SUM(x_8), SUM(x_8 * x_8), SUM(x_8 * y_8),
    SUM(inc_9), SUM(y_9), SUM(y_9 * y_9), SUM(d_9), SUM(d_9 * d_9), SUM(y_9 * d_9), SUM(x_9), SUM(x_9 * x_9), SUM(x_9 * y_9),
    SUM(inc_10), SUM(y_10), SUM(y_10 * y_10), SUM(d_10), SUM(d_10 * d_10), SUM(y_10 * d_10), SUM(x_10), SUM(x_10 * x_10), SUM(x_10 * y_10)
  FROM sb_vals GROUP BY variant_name
UNION ALL SELECT 0, dim_0, CAST(0 AS BIGINT), variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4),
    SUM(inc_5), SUM(y_5), SUM(y_5 * y_5), SUM(d_5), SUM(d_5 * d_5), SUM(y_5 * d_5), SUM(x_5), SUM(x_5 * x_5), SUM(x_5 * y_5),
    SUM(inc_6), SUM(y_6), SUM(y_6 * y_6), SUM(d_6), SUM(d_6 * d_6), SUM(y_6 * d_6), SUM(x_6), SUM(x_6 * x_6), SUM(x_6 * y_6),
    SUM(inc_7), SUM(y_7), SUM(y_7 * y_7), SUM(d_7), SUM(d_7 * d_7), SUM(y_7 * d_7), SUM(x_7), SUM(x_7 * x_7), SUM(x_7 * y_7),
    SUM(inc_8), SUM(y_8), SUM(y_8 * y_8), SUM(d_8), SUM(d_8 * d_8), SUM(y_8 * d_8), SUM(x_8), SUM(x_8 * x_8), SUM(x_8 * y_8),
    SUM(inc_9), SUM(y_9), SUM(y_9 * y_9), SUM(d_9), SUM(d_9 * d_9), SUM(y_9 * d_9), SUM(x_9), SUM(x_9 * x_9), SUM(x_9 * y_9),
    SUM(inc_10), SUM(y_10), SUM(y_10 * y_10), SUM(d_10), SUM(d_10 * d_10), SUM(y_10 * d_10), SUM(x_10), SUM(x_10 * x_10), SUM(x_10 * y_10)
  FROM sb_vals GROUP BY dim_0, variant_name
UNION ALL SELECT 1, dim_1, CAST(0 AS BIGINT), variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4),
    SUM(inc_5), SUM(y_5), SUM(y_5 * y_5), SUM(d_5), SUM(d_5 * d_5), SUM(y_5 * d_5), SUM(x_5), SUM(x_5 * x_5), SUM(x_5 * y_5),
    SUM(inc_6), SUM(y_6), SUM(y_6 * y_6), SUM(d_6), SUM(d_6 * d_6), SUM(y_6 * d_6), SUM(x_6), SUM(x_6 * x_6), SUM(x_6 * y_6),
    SUM(inc_7), SUM(y_7), SUM(y_7 * y_7), SUM(d_7), SUM(d_7 * d_7), SUM(y_7 * d_7), SUM(x_7), SUM(x_7 * x_7), SUM(x_7 * y_7),
    SUM(inc_8), SUM(y_8), SUM(y_8 * y_8), SUM(d_8), SUM(d_8 * d_8), SUM(y_8 * d_8), SUM(x_8), SUM(x_8 * x_8), SUM(x_8 * y_8),
    SUM(inc_9), SUM(y_9), SUM(y_9 * y_9), SUM(d_9), SUM(d_9 * d_9), SUM(y_9 * d_9), SUM(x_9), SUM(x_9 * x_9), SUM(x_9 * y_9),
    SUM(inc_10), SUM(y_10), SUM(y_10 * y_10), SUM(d_10), SUM(d_10 * d_10), SUM(y_10 * d_10), SUM(x_10), SUM(x_10 * x_10), SUM(x_10 * y_10)
  FROM sb_vals GROUP BY dim_1, variant_name;

-- histograms
-- bound values: [75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 75.5, 75.5, 120.0, 120.0, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333]
WITH sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2,
    CAST(CASE WHEN num_0 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_0, CAST(0 AS DOUBLE PRECISION) AS d_0, CAST(0 AS DOUBLE PRECISION) AS x_0, 1 AS inc_0,
    CAST(CASE WHEN num_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_1, CAST(0 AS DOUBLE PRECISION) AS d_1, CAST(CASE WHEN cov_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS x_1, 1 AS inc_1,
    CAST(num_2 AS DOUBLE PRECISION) AS y_2, CAST(0 AS DOUBLE PRECISION) AS d_2, CAST(0 AS DOUBLE PRECISION) AS x_2, 1 AS inc_2,
    CAST(CASE WHEN num_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_3 END AS DOUBLE PRECISION) AS y_3, CAST(0 AS DOUBLE PRECISION) AS d_3, CAST(CASE WHEN cov_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE cov_3 END AS DOUBLE PRECISION) AS x_3, 1 AS inc_3,
    CAST(CASE WHEN num_4 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_4 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4,
    CAST(num_5 AS DOUBLE PRECISION) AS y_5, CAST(0 AS DOUBLE PRECISION) AS d_5, CAST(0 AS DOUBLE PRECISION) AS x_5, 1 AS inc_5,
    CAST(CASE WHEN num_6 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_6 END AS DOUBLE PRECISION) AS y_6, CAST(0 AS DOUBLE PRECISION) AS d_6, CAST(0 AS DOUBLE PRECISION) AS x_6, 1 AS inc_6,
    CAST(CASE WHEN num_7 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_7 END AS DOUBLE PRECISION) AS y_7, CAST(den_7 AS DOUBLE PRECISION) AS d_7, CAST(0 AS DOUBLE PRECISION) AS x_7, 1 AS inc_7,
    CAST(CASE WHEN num_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_8, CAST(CASE WHEN den_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS d_8, CAST(0 AS DOUBLE PRECISION) AS x_8, 1 AS inc_8,
    CAST(num_9 AS DOUBLE PRECISION) AS y_9, CAST(0 AS DOUBLE PRECISION) AS d_9, CAST(cov_9 AS DOUBLE PRECISION) AS x_9, 1 AS inc_9,
    CAST(num_10 AS DOUBLE PRECISION) AS y_10, CAST(0 AS DOUBLE PRECISION) AS d_10, CAST(0 AS DOUBLE PRECISION) AS x_10, 1 AS inc_10
  FROM sb_pu
)
SELECT metric_index, bin, variant_name, CAST(COUNT(*) AS BIGINT)
  FROM (SELECT 0 AS metric_index, variant_name, CASE WHEN y_0 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_0 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 1 AS metric_index, variant_name, CASE WHEN y_1 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_1 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 2 AS metric_index, variant_name, CASE WHEN y_2 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_2 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 3 AS metric_index, variant_name, CASE WHEN y_3 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_3 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 4 AS metric_index, variant_name, CASE WHEN y_4 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_4 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 5 AS metric_index, variant_name, CASE WHEN y_5 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_5 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 6 AS metric_index, variant_name, CASE WHEN y_6 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_6 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 7 AS metric_index, variant_name, CASE WHEN y_7 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_7 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 8 AS metric_index, variant_name, CASE WHEN y_8 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_8 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 9 AS metric_index, variant_name, CASE WHEN y_9 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_9 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 10 AS metric_index, variant_name, CASE WHEN y_10 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_10 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals) binned GROUP BY metric_index, bin, variant_name;

-- time series (calendar and days since exposure)
-- bound values: [exp_a, 1772323200000, 8, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, 1773100800000, 400, 75.5, 75.5, 75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 50.0, 50.0, 75.5, 75.5, 75.5, 75.5, 120.0, 120.0, 120.0, 120.0, 1772323200000, 8, 1773100800000, 400, 0.0, 0.0, 0.0, 0.0, 75.5, 75.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
WITH sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
),
sb_ue AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, ev.event_type, ev.event_value, ev.event_ms, CASE WHEN ev.event_ms < us.exposed_ms THEN -1 ELSE LEAST((ev.event_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) END AS cal_day, CASE WHEN ev.event_ms < us.exposed_ms THEN -1 ELSE (ev.event_ms - us.exposed_ms) / 86400000 END AS since_day
  FROM sb_users us JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
),
sb_cells AS (
SELECT unit_id, variant_name, exposed_ms, cal_day, since_day,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_0,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value > CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_1,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value > CAST(? AS DOUBLE PRECISION) AND ue.event_ms < ue.exposed_ms AND ue.event_ms >= ue.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS cov_1,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_2,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_3,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms < ue.exposed_ms AND ue.event_ms >= ue.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS cov_3,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_4,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value <> CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_5,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value >= CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_6,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_7,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS den_7,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value <= CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_8,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS den_8,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms + CAST(? AS BIGINT) AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_9,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms < ue.exposed_ms AND ue.event_ms >= ue.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS cov_9,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_10
  FROM sb_ue ue GROUP BY unit_id, since_day, cal_day, variant_name, exposed_ms
),
sb_steps AS (
SELECT unit_id, variant_name, exposed_ms, cal_day, since_day,
    SUM(num_0) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_0_after, SUM(num_0) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_0 AS num_0_before,
    SUM(num_1) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_1_after, SUM(num_1) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_1 AS num_1_before,
    SUM(cov_1) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cov_1,
    SUM(num_2) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_2_after, SUM(num_2) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_2 AS num_2_before,
    SUM(num_3) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_3_after, SUM(num_3) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_3_before,
    SUM(cov_3) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cov_3,
    SUM(num_4) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_4_after, SUM(num_4) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_4_before,
    SUM(num_5) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_5_after, SUM(num_5) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_5 AS num_5_before,
    SUM(num_6) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_6_after, SUM(num_6) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_6_before,
    SUM(num_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_7_after, SUM(num_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_7_before,
    SUM(den_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS den_7_after, SUM(den_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - den_7 AS den_7_before,
    SUM(num_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_8_after, SUM(num_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_8 AS num_8_before,
    SUM(den_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS den_8_after, SUM(den_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - den_8 AS den_8_before,
    SUM(num_9) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_9_after, SUM(num_9) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_9 AS num_9_before,
    SUM(cov_9) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cov_9,
    SUM(num_10) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_10_after, SUM(num_10) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_10 AS num_10_before
  FROM sb_cells
),
sb_changes AS (
SELECT cal_day, since_day, LEAST((CAST(? AS BIGINT) - exposed_ms) / 86400000, CAST(? AS BIGINT)) AS observed_days, variant_name,
    (CASE WHEN COALESCE(num_0_before, 0) > 0 THEN 1 ELSE 0 END) AS y0_0, (CASE WHEN num_0_after > 0 THEN 1 ELSE 0 END) AS y1_0, 0 AS d0_0, 0 AS d1_0, 0 AS x_0,
    (CASE WHEN COALESCE(num_1_before, 0) > 0 THEN 1 ELSE 0 END) AS y0_1, (CASE WHEN num_1_after > 0 THEN 1 ELSE 0 END) AS y1_1, 0 AS d0_1, 0 AS d1_1, (CASE WHEN COALESCE(cov_1, 0) > 0 THEN 1 ELSE 0 END) AS x_1,
    (COALESCE(num_2_before, 0)) AS y0_2, (num_2_after) AS y1_2, 0 AS d0_2, 0 AS d1_2, 0 AS x_2,
    CASE WHEN (COALESCE(num_3_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_3_before, 0)) END AS y0_3, CASE WHEN (num_3_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_3_after) END AS y1_3, 0 AS d0_3, 0 AS d1_3, CASE WHEN (COALESCE(cov_3, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(cov_3, 0)) END AS x_3,
    CASE WHEN (COALESCE(num_4_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_4_before, 0)) END AS y0_4, CASE WHEN (num_4_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_4_after) END AS y1_4, 0 AS d0_4, 0 AS d1_4, 0 AS x_4,
    (COALESCE(num_5_before, 0)) AS y0_5, (num_5_after) AS y1_5, 0 AS d0_5, 0 AS d1_5, 0 AS x_5,
    CASE WHEN (COALESCE(num_6_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_6_before, 0)) END AS y0_6, CASE WHEN (num_6_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_6_after) END AS y1_6, 0 AS d0_6, 0 AS d1_6, 0 AS x_6,
    CASE WHEN (COALESCE(num_7_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_7_before, 0)) END AS y0_7, CASE WHEN (num_7_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_7_after) END AS y1_7, (COALESCE(den_7_before, 0)) AS d0_7, (den_7_after) AS d1_7, 0 AS x_7,
    (CASE WHEN COALESCE(num_8_before, 0) > 0 THEN 1 ELSE 0 END) AS y0_8, (CASE WHEN num_8_after > 0 THEN 1 ELSE 0 END) AS y1_8, (CASE WHEN COALESCE(den_8_before, 0) > 0 THEN 1 ELSE 0 END) AS d0_8, (CASE WHEN den_8_after > 0 THEN 1 ELSE 0 END) AS d1_8, 0 AS x_8,
    (COALESCE(num_9_before, 0)) AS y0_9, (num_9_after) AS y1_9, 0 AS d0_9, 0 AS d1_9, (COALESCE(cov_9, 0)) AS x_9,
    (COALESCE(num_10_before, 0)) AS y0_10, (num_10_after) AS y1_10, 0 AS d0_10, 0 AS d1_10, 0 AS x_10
  FROM sb_steps WHERE since_day >= 0
),
sb_change_sums AS (
SELECT cal_day, since_day, observed_days, variant_name,
    0 AS m0_0, SUM(y1_0 - y0_0) AS m0_1, SUM(y1_0 * y1_0 - y0_0 * y0_0) AS m0_2, 0 AS m0_3, 0 AS m0_4, 0 AS m0_5, 0 AS m0_6, 0 AS m0_7, 0 AS m0_8,
    0 AS m1_0, SUM(y1_1 - y0_1) AS m1_1, SUM(y1_1 * y1_1 - y0_1 * y0_1) AS m1_2, 0 AS m1_3, 0 AS m1_4, 0 AS m1_5, 0 AS m1_6, 0 AS m1_7, SUM(x_1 * (y1_1 - y0_1)) AS m1_8,
    0 AS m2_0, SUM(y1_2 - y0_2) AS m2_1, SUM(y1_2 * y1_2 - y0_2 * y0_2) AS m2_2, 0 AS m2_3, 0 AS m2_4, 0 AS m2_5, 0 AS m2_6, 0 AS m2_7, 0 AS m2_8,
    0 AS m3_0, SUM(y1_3 - y0_3) AS m3_1, SUM(y1_3 * y1_3 - y0_3 * y0_3) AS m3_2, 0 AS m3_3, 0 AS m3_4, 0 AS m3_5, 0 AS m3_6, 0 AS m3_7, SUM(x_3 * (y1_3 - y0_3)) AS m3_8,
    0 AS m4_0, SUM(y1_4 - y0_4) AS m4_1, SUM(y1_4 * y1_4 - y0_4 * y0_4) AS m4_2, 0 AS m4_3, 0 AS m4_4, 0 AS m4_5, 0 AS m4_6, 0 AS m4_7, 0 AS m4_8,
    0 AS m5_0, SUM(y1_5 - y0_5) AS m5_1, SUM(y1_5 * y1_5 - y0_5 * y0_5) AS m5_2, 0 AS m5_3, 0 AS m5_4, 0 AS m5_5, 0 AS m5_6, 0 AS m5_7, 0 AS m5_8,
    0 AS m6_0, SUM(y1_6 - y0_6) AS m6_1, SUM(y1_6 * y1_6 - y0_6 * y0_6) AS m6_2, 0 AS m6_3, 0 AS m6_4, 0 AS m6_5, 0 AS m6_6, 0 AS m6_7, 0 AS m6_8,
    0 AS m7_0, SUM(y1_7 - y0_7) AS m7_1, SUM(y1_7 * y1_7 - y0_7 * y0_7) AS m7_2, SUM(d1_7 - d0_7) AS m7_3, SUM(d1_7 * d1_7 - d0_7 * d0_7) AS m7_4, SUM(y1_7 * d1_7 - y0_7 * d0_7) AS m7_5, 0 AS m7_6, 0 AS m7_7, 0 AS m7_8,
    0 AS m8_0, SUM(y1_8 - y0_8) AS m8_1, SUM(y1_8 * y1_8 - y0_8 * y0_8) AS m8_2, SUM(d1_8 - d0_8) AS m8_3, SUM(d1_8 * d1_8 - d0_8 * d0_8) AS m8_4, SUM(y1_8 * d1_8 - y0_8 * d0_8) AS m8_5, 0 AS m8_6, 0 AS m8_7, 0 AS m8_8,
    0 AS m9_0, SUM(y1_9 - y0_9) AS m9_1, SUM(y1_9 * y1_9 - y0_9 * y0_9) AS m9_2, 0 AS m9_3, 0 AS m9_4, 0 AS m9_5, 0 AS m9_6, 0 AS m9_7, SUM(x_9 * (y1_9 - y0_9)) AS m9_8,
    0 AS m10_0, SUM(y1_10 - y0_10) AS m10_1, SUM(y1_10 * y1_10 - y0_10 * y0_10) AS m10_2, 0 AS m10_3, 0 AS m10_4, 0 AS m10_5, 0 AS m10_6, 0 AS m10_7, 0 AS m10_8
  FROM sb_changes GROUP BY cal_day, since_day, observed_days, variant_name
),
sb_entries AS (
SELECT LEAST((us.exposed_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) AS cal_day, LEAST((CAST(? AS BIGINT) - us.exposed_ms) / 86400000, CAST(? AS BIGINT)) AS observed_days, us.variant_name, CAST(? AS DOUBLE PRECISION) AS y0_0, 0 AS x_0, CAST(? AS DOUBLE PRECISION) AS y0_1, (CASE WHEN COALESCE(us.cov_1, 0) > 0 THEN 1 ELSE 0 END) AS x_1, CAST(? AS DOUBLE PRECISION) AS y0_2, 0 AS x_2, CAST(? AS DOUBLE PRECISION) AS y0_3, CASE WHEN (COALESCE(us.cov_3, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(us.cov_3, 0)) END AS x_3, CAST(? AS DOUBLE PRECISION) AS y0_4, 0 AS x_4, CAST(? AS DOUBLE PRECISION) AS y0_5, 0 AS x_5, CAST(? AS DOUBLE PRECISION) AS y0_6, 0 AS x_6, CAST(? AS DOUBLE PRECISION) AS y0_7, 0 AS x_7, CAST(? AS DOUBLE PRECISION) AS y0_8, 0 AS x_8, CAST(? AS DOUBLE PRECISION) AS y0_9, (COALESCE(us.cov_9, 0)) AS x_9, CAST(? AS DOUBLE PRECISION) AS y0_10, 0 AS x_10 FROM sb_pu us
),
sb_entry_sums AS (
SELECT cal_day, observed_days, variant_name,
    SUM(1) AS m0_0, SUM(y0_0) AS m0_1, SUM(y0_0 * y0_0) AS m0_2, 0 AS m0_3, 0 AS m0_4, 0 AS m0_5, 0 AS m0_6, 0 AS m0_7, 0 AS m0_8,
    SUM(1) AS m1_0, SUM(y0_1) AS m1_1, SUM(y0_1 * y0_1) AS m1_2, 0 AS m1_3, 0 AS m1_4, 0 AS m1_5, SUM(x_1) AS m1_6, SUM(x_1 * x_1) AS m1_7, SUM(x_1 * y0_1) AS m1_8,
    SUM(1) AS m2_0, SUM(y0_2) AS m2_1, SUM(y0_2 * y0_2) AS m2_2, 0 AS m2_3, 0 AS m2_4, 0 AS m2_5, 0 AS m2_6, 0 AS m2_7, 0 AS m2_8,
    SUM(1) AS m3_0, SUM(y0_3) AS m3_1, SUM(y0_3 * y0_3) AS m3_2, 0 AS m3_3, 0 AS m3_4, 0 AS m3_5, SUM(x_3) AS m3_6, SUM(x_3 * x_3) AS m3_7, SUM(x_3 * y0_3) AS m3_8,
    SUM(1) AS m4_0, SUM(y0_4) AS m4_1, SUM(y0_4 * y0_4) AS m4_2, 0 AS m4_3, 0 AS m4_4, 0 AS m4_5, 0 AS m4_6, 0 AS m4_7, 0 AS m4_8,
    SUM(1) AS m5_0, SUM(y0_5) AS m5_1, SUM(y0_5 * y0_5) AS m5_2, 0 AS m5_3, 0 AS m5_4, 0 AS m5_5, 0 AS m5_6, 0 AS m5_7, 0 AS m5_8,
    SUM(1) AS m6_0, SUM(y0_6) AS m6_1, SUM(y0_6 * y0_6) AS m6_2, 0 AS m6_3, 0 AS m6_4, 0 AS m6_5, 0 AS m6_6, 0 AS m6_7, 0 AS m6_8,
    SUM(1) AS m7_0, SUM(y0_7) AS m7_1, SUM(y0_7 * y0_7) AS m7_2, 0 AS m7_3, 0 AS m7_4, 0 AS m7_5, 0 AS m7_6, 0 AS m7_7, 0 AS m7_8,
    SUM(1) AS m8_0, SUM(y0_8) AS m8_1, SUM(y0_8 * y0_8) AS m8_2, 0 AS m8_3, 0 AS m8_4, 0 AS m8_5, 0 AS m8_6, 0 AS m8_7, 0 AS m8_8,
    SUM(1) AS m9_0, SUM(y0_9) AS m9_1, SUM(y0_9 * y0_9) AS m9_2, 0 AS m9_3, 0 AS m9_4, 0 AS m9_5, SUM(x_9) AS m9_6, SUM(x_9 * x_9) AS m9_7, SUM(x_9 * y0_9) AS m9_8,
    SUM(1) AS m10_0, SUM(y0_10) AS m10_1, SUM(y0_10 * y0_10) AS m10_2, 0 AS m10_3, 0 AS m10_4, 0 AS m10_5, 0 AS m10_6, 0 AS m10_7, 0 AS m10_8
  FROM sb_entries GROUP BY cal_day, observed_days, variant_name
)
SELECT 0 AS kind, cal_day AS day_index, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_entry_sums GROUP BY cal_day, variant_name
UNION ALL SELECT 1, observed_days, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_entry_sums WHERE observed_days >= 1 GROUP BY observed_days, variant_name
UNION ALL SELECT 2, cal_day, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_change_sums GROUP BY cal_day, variant_name
UNION ALL SELECT 3, since_day, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_change_sums WHERE since_day < observed_days GROUP BY since_day, variant_name
UNION ALL SELECT 4, observed_days, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_change_sums WHERE since_day < observed_days GROUP BY observed_days, variant_name;

DROP TABLE IF EXISTS pg_temp.sb_pu;
DROP TABLE IF EXISTS pg_temp.sb_status;

-- Without temporary tables.

-- population
-- bound values: [exp_a, 1772409600000, 1773100800000]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
)
SELECT 0 AS row_kind, variant_name AS name, CAST(0 AS BIGINT) AS n1, CAST(0 AS BIGINT) AS n2, CAST(0 AS BIGINT) AS n3 FROM sb_a GROUP BY variant_name
UNION ALL SELECT 1, variant_name, CAST(COUNT(*) AS BIGINT), MIN(exposed_ms), MAX(exposed_ms) FROM sb_users GROUP BY variant_name
UNION ALL SELECT 2, CAST(NULL AS VARCHAR), CAST(COUNT(*) AS BIGINT), CAST(SUM(multiple) AS BIGINT), CAST(SUM(CASE WHEN multiple = 0 AND analysed = 0 THEN 1 ELSE 0 END) AS BIGINT) FROM sb_status
UNION ALL SELECT 3, CAST(NULL AS VARCHAR), CAST(0 AS BIGINT), CAST(COUNT(DISTINCT dim_0) + MAX(CASE WHEN dim_0 IS NULL THEN 1 ELSE 0 END) AS BIGINT), CAST(0 AS BIGINT) FROM sb_users
UNION ALL SELECT 3, CAST(NULL AS VARCHAR), CAST(1 AS BIGINT), CAST(COUNT(DISTINCT dim_1) + MAX(CASE WHEN dim_1 IS NULL THEN 1 ELSE 0 END) AS BIGINT), CAST(0 AS BIGINT) FROM sb_users
UNION ALL SELECT 3, CAST(NULL AS VARCHAR), CAST(2 AS BIGINT), CAST(COUNT(DISTINCT dim_2) + MAX(CASE WHEN dim_2 IS NULL THEN 1 ELSE 0 END) AS BIGINT), CAST(0 AS BIGINT) FROM sb_users;

-- event health
-- bound values: [exp_a, 1772409600000, 1773100800000, exp_a, 1773100800000, 1773100800000]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
)
SELECT CAST(SUM(CASE WHEN s.unit_id IS NULL THEN 1 ELSE 0 END) AS BIGINT),
  CAST(SUM(CASE WHEN s.analysed = 0 THEN 1 ELSE 0 END) AS BIGINT),
  CAST(SUM(CASE WHEN s.analysed = 1 AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms < s.exposed_ms THEN 1 ELSE 0 END) AS BIGINT),
  MAX(CASE WHEN s.analysed = 1 AND ev.event_ms < CAST(? AS BIGINT) THEN ev.event_ms END)
FROM sb_ev ev LEFT JOIN sb_status s ON s.unit_id = ev.unit_id;

-- exposures and segment users
-- bound values: [exp_a, 1772409600000, 1773100800000, 1772323200000, 8]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
)
SELECT -1 AS dim_index, day_index, CAST(NULL AS VARCHAR) AS segment, variant_name, CAST(COUNT(*) AS BIGINT) AS users
  FROM (SELECT LEAST((exposed_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) AS day_index, variant_name FROM sb_users) days
  GROUP BY day_index, variant_name
UNION ALL SELECT 0, CAST(0 AS BIGINT), dim_0, variant_name, CAST(COUNT(*) AS BIGINT) FROM sb_users GROUP BY dim_0, variant_name
UNION ALL SELECT 1, CAST(0 AS BIGINT), dim_1, variant_name, CAST(COUNT(*) AS BIGINT) FROM sb_users GROUP BY dim_1, variant_name;

-- percentile caps
-- bound values: [exp_a, 1772409600000, 1773100800000, exp_a, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000, 0.9, 0.9, 0.5, 0.5]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
),
sb_pu AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_0,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS cov_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_4,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <> CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_5,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value >= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_6,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS den_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS den_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_10
  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
  GROUP BY us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2
)
SELECT 3 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT num_3 AS stat_value FROM sb_pu) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 6 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT num_6 AS stat_value FROM sb_pu) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt);

-- histogram ranges
-- bound values: [exp_a, 1772409600000, 1773100800000, exp_a, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000, 75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 75.5, 75.5, 120.0, 120.0, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
),
sb_pu AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_0,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS cov_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_4,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <> CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_5,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value >= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_6,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS den_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS den_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_10
  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
  GROUP BY us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2
),
sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2,
    CAST(CASE WHEN num_0 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_0, CAST(0 AS DOUBLE PRECISION) AS d_0, CAST(0 AS DOUBLE PRECISION) AS x_0, 1 AS inc_0,
    CAST(CASE WHEN num_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_1, CAST(0 AS DOUBLE PRECISION) AS d_1, CAST(CASE WHEN cov_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS x_1, 1 AS inc_1,
    CAST(num_2 AS DOUBLE PRECISION) AS y_2, CAST(0 AS DOUBLE PRECISION) AS d_2, CAST(0 AS DOUBLE PRECISION) AS x_2, 1 AS inc_2,
    CAST(CASE WHEN num_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_3 END AS DOUBLE PRECISION) AS y_3, CAST(0 AS DOUBLE PRECISION) AS d_3, CAST(CASE WHEN cov_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE cov_3 END AS DOUBLE PRECISION) AS x_3, 1 AS inc_3,
    CAST(CASE WHEN num_4 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_4 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4,
    CAST(num_5 AS DOUBLE PRECISION) AS y_5, CAST(0 AS DOUBLE PRECISION) AS d_5, CAST(0 AS DOUBLE PRECISION) AS x_5, 1 AS inc_5,
    CAST(CASE WHEN num_6 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_6 END AS DOUBLE PRECISION) AS y_6, CAST(0 AS DOUBLE PRECISION) AS d_6, CAST(0 AS DOUBLE PRECISION) AS x_6, 1 AS inc_6,
    CAST(CASE WHEN num_7 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_7 END AS DOUBLE PRECISION) AS y_7, CAST(den_7 AS DOUBLE PRECISION) AS d_7, CAST(0 AS DOUBLE PRECISION) AS x_7, 1 AS inc_7,
    CAST(CASE WHEN num_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_8, CAST(CASE WHEN den_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS d_8, CAST(0 AS DOUBLE PRECISION) AS x_8, 1 AS inc_8,
    CAST(num_9 AS DOUBLE PRECISION) AS y_9, CAST(0 AS DOUBLE PRECISION) AS d_9, CAST(cov_9 AS DOUBLE PRECISION) AS x_9, 1 AS inc_9,
    CAST(num_10 AS DOUBLE PRECISION) AS y_10, CAST(0 AS DOUBLE PRECISION) AS d_10, CAST(0 AS DOUBLE PRECISION) AS x_10, 1 AS inc_10
  FROM sb_pu
)
SELECT 0 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_0 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 1 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_1 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 2 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_2 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 3 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_3 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 4 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_4 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 5 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_5 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 6 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_6 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 7 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_7 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 8 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_8 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 9 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_9 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt)
UNION ALL SELECT 10 AS metric_index, rn, cnt, stat_value FROM (SELECT stat_value, ROW_NUMBER() OVER (ORDER BY stat_value) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT y_10 AS stat_value FROM sb_vals) v WHERE stat_value IS NOT NULL) ranked
  WHERE rn = 1 OR rn = FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 1 OR rn = LEAST(FLOOR((cnt - 1) * CAST(? AS DOUBLE PRECISION)) + 2, cnt);

-- moments
-- bound values: [exp_a, 1772409600000, 1773100800000, exp_a, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000, 75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 75.5, 75.5, 120.0, 120.0]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
),
sb_pu AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_0,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS cov_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_4,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <> CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_5,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value >= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_6,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS den_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS den_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_10
  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
  GROUP BY us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2
),
sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2,
    CAST(CASE WHEN num_0 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_0, CAST(0 AS DOUBLE PRECISION) AS d_0, CAST(0 AS DOUBLE PRECISION) AS x_0, 1 AS inc_0,
    CAST(CASE WHEN num_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_1, CAST(0 AS DOUBLE PRECISION) AS d_1, CAST(CASE WHEN cov_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS x_1, 1 AS inc_1,
    CAST(num_2 AS DOUBLE PRECISION) AS y_2, CAST(0 AS DOUBLE PRECISION) AS d_2, CAST(0 AS DOUBLE PRECISION) AS x_2, 1 AS inc_2,
    CAST(CASE WHEN num_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_3 END AS DOUBLE PRECISION) AS y_3, CAST(0 AS DOUBLE PRECISION) AS d_3, CAST(CASE WHEN cov_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE cov_3 END AS DOUBLE PRECISION) AS x_3, 1 AS inc_3,
    CAST(CASE WHEN num_4 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_4 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4,
    CAST(num_5 AS DOUBLE PRECISION) AS y_5, CAST(0 AS DOUBLE PRECISION) AS d_5, CAST(0 AS DOUBLE PRECISION) AS x_5, 1 AS inc_5,
    CAST(CASE WHEN num_6 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_6 END AS DOUBLE PRECISION) AS y_6, CAST(0 AS DOUBLE PRECISION) AS d_6, CAST(0 AS DOUBLE PRECISION) AS x_6, 1 AS inc_6,
    CAST(CASE WHEN num_7 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_7 END AS DOUBLE PRECISION) AS y_7, CAST(den_7 AS DOUBLE PRECISION) AS d_7, CAST(0 AS DOUBLE PRECISION) AS x_7, 1 AS inc_7,
    CAST(CASE WHEN num_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_8, CAST(CASE WHEN den_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS d_8, CAST(0 AS DOUBLE PRECISION) AS x_8, 1 AS inc_8,
    CAST(num_9 AS DOUBLE PRECISION) AS y_9, CAST(0 AS DOUBLE PRECISION) AS d_9, CAST(cov_9 AS DOUBLE PRECISION) AS x_9, 1 AS inc_9,
    CAST(num_10 AS DOUBLE PRECISION) AS y_10, CAST(0 AS DOUBLE PRECISION) AS d_10, CAST(0 AS DOUBLE PRECISION) AS x_10, 1 AS inc_10
  FROM sb_pu
)
SELECT -1 AS branch, CAST(NULL AS VARCHAR) AS segment, CAST(0 AS BIGINT) AS day_index, variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4),
    SUM(inc_5), SUM(y_5), SUM(y_5 * y_5), SUM(d_5), SUM(d_5 * d_5), SUM(y_5 * d_5), SUM(x_5), SUM(x_5 * x_5), SUM(x_5 * y_5),
    SUM(inc_6), SUM(y_6), SUM(y_6 * y_6), SUM(d_6), SUM(d_6 * d_6), SUM(y_6 * d_6), SUM(x_6), SUM(x_6 * x_6), SUM(x_6 * y_6),
    SUM(inc_7), SUM(y_7), SUM(y_7 * y_7), SUM(d_7), SUM(d_7 * d_7), SUM(y_7 * d_7), SUM(x_7), SUM(x_7 * x_7), SUM(x_7 * y_7),
    SUM(inc_8), SUM(y_8), SUM(y_8 * y_8), SUM(d_8), SUM(d_8 * d_8), SUM(y_8 * d_8), SUM(x_8), SUM(x_8 * x_8), SUM(x_8 * y_8),
    SUM(inc_9), SUM(y_9), SUM(y_9 * y_9), SUM(d_9), SUM(d_9 * d_9), SUM(y_9 * d_9), SUM(x_9), SUM(x_9 * x_9), SUM(x_9 * y_9),
    SUM(inc_10), SUM(y_10), SUM(y_10 * y_10), SUM(d_10), SUM(d_10 * d_10), SUM(y_10 * d_10), SUM(x_10), SUM(x_10 * x_10), SUM(x_10 * y_10)
  FROM sb_vals GROUP BY variant_name
UNION ALL SELECT 0, dim_0, CAST(0 AS BIGINT), variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4),
    SUM(inc_5), SUM(y_5), SUM(y_5 * y_5), SUM(d_5), SUM(d_5 * d_5), SUM(y_5 * d_5), SUM(x_5), SUM(x_5 * x_5), SUM(x_5 * y_5),
    SUM(inc_6), SUM(y_6), SUM(y_6 * y_6), SUM(d_6), SUM(d_6 * d_6), SUM(y_6 * d_6), SUM(x_6), SUM(x_6 * x_6), SUM(x_6 * y_6),
    SUM(inc_7), SUM(y_7), SUM(y_7 * y_7), SUM(d_7), SUM(d_7 * d_7), SUM(y_7 * d_7), SUM(x_7), SUM(x_7 * x_7), SUM(x_7 * y_7),
    SUM(inc_8), SUM(y_8), SUM(y_8 * y_8), SUM(d_8), SUM(d_8 * d_8), SUM(y_8 * d_8), SUM(x_8), SUM(x_8 * x_8), SUM(x_8 * y_8),
    SUM(inc_9), SUM(y_9), SUM(y_9 * y_9), SUM(d_9), SUM(d_9 * d_9), SUM(y_9 * d_9), SUM(x_9), SUM(x_9 * x_9), SUM(x_9 * y_9),
    SUM(inc_10), SUM(y_10), SUM(y_10 * y_10), SUM(d_10), SUM(d_10 * d_10), SUM(y_10 * d_10), SUM(x_10), SUM(x_10 * x_10), SUM(x_10 * y_10)
  FROM sb_vals GROUP BY dim_0, variant_name
UNION ALL SELECT 1, dim_1, CAST(0 AS BIGINT), variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4),
    SUM(inc_5), SUM(y_5), SUM(y_5 * y_5), SUM(d_5), SUM(d_5 * d_5), SUM(y_5 * d_5), SUM(x_5), SUM(x_5 * x_5), SUM(x_5 * y_5),
    SUM(inc_6), SUM(y_6), SUM(y_6 * y_6), SUM(d_6), SUM(d_6 * d_6), SUM(y_6 * d_6), SUM(x_6), SUM(x_6 * x_6), SUM(x_6 * y_6),
    SUM(inc_7), SUM(y_7), SUM(y_7 * y_7), SUM(d_7), SUM(d_7 * d_7), SUM(y_7 * d_7), SUM(x_7), SUM(x_7 * x_7), SUM(x_7 * y_7),
    SUM(inc_8), SUM(y_8), SUM(y_8 * y_8), SUM(d_8), SUM(d_8 * d_8), SUM(y_8 * d_8), SUM(x_8), SUM(x_8 * x_8), SUM(x_8 * y_8),
    SUM(inc_9), SUM(y_9), SUM(y_9 * y_9), SUM(d_9), SUM(d_9 * d_9), SUM(y_9 * d_9), SUM(x_9), SUM(x_9 * x_9), SUM(x_9 * y_9),
    SUM(inc_10), SUM(y_10), SUM(y_10 * y_10), SUM(d_10), SUM(d_10 * d_10), SUM(y_10 * d_10), SUM(x_10), SUM(x_10 * x_10), SUM(x_10 * y_10)
  FROM sb_vals GROUP BY dim_1, variant_name;

-- histograms
-- bound values: [exp_a, 1772409600000, 1773100800000, exp_a, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000, 75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 75.5, 75.5, 120.0, 120.0, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333, 40.0, 29, 0.0, 1.3333333333333333]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
),
sb_pu AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_0,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value > CAST(? AS DOUBLE PRECISION) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_1,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_2,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS cov_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_4,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <> CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_5,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value >= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_6,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN COALESCE(ev.event_value, 0) ELSE 0 END) AS num_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS den_7,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_value <= CAST(? AS DOUBLE PRECISION) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS den_8,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms + CAST(? AS BIGINT) AND ev.event_ms < us.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS num_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms < us.exposed_ms AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS cov_9,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_10
  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
  GROUP BY us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.dim_1, us.dim_2
),
sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2,
    CAST(CASE WHEN num_0 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_0, CAST(0 AS DOUBLE PRECISION) AS d_0, CAST(0 AS DOUBLE PRECISION) AS x_0, 1 AS inc_0,
    CAST(CASE WHEN num_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_1, CAST(0 AS DOUBLE PRECISION) AS d_1, CAST(CASE WHEN cov_1 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS x_1, 1 AS inc_1,
    CAST(num_2 AS DOUBLE PRECISION) AS y_2, CAST(0 AS DOUBLE PRECISION) AS d_2, CAST(0 AS DOUBLE PRECISION) AS x_2, 1 AS inc_2,
    CAST(CASE WHEN num_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_3 END AS DOUBLE PRECISION) AS y_3, CAST(0 AS DOUBLE PRECISION) AS d_3, CAST(CASE WHEN cov_3 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE cov_3 END AS DOUBLE PRECISION) AS x_3, 1 AS inc_3,
    CAST(CASE WHEN num_4 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_4 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4,
    CAST(num_5 AS DOUBLE PRECISION) AS y_5, CAST(0 AS DOUBLE PRECISION) AS d_5, CAST(0 AS DOUBLE PRECISION) AS x_5, 1 AS inc_5,
    CAST(CASE WHEN num_6 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_6 END AS DOUBLE PRECISION) AS y_6, CAST(0 AS DOUBLE PRECISION) AS d_6, CAST(0 AS DOUBLE PRECISION) AS x_6, 1 AS inc_6,
    CAST(CASE WHEN num_7 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE num_7 END AS DOUBLE PRECISION) AS y_7, CAST(den_7 AS DOUBLE PRECISION) AS d_7, CAST(0 AS DOUBLE PRECISION) AS x_7, 1 AS inc_7,
    CAST(CASE WHEN num_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_8, CAST(CASE WHEN den_8 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS d_8, CAST(0 AS DOUBLE PRECISION) AS x_8, 1 AS inc_8,
    CAST(num_9 AS DOUBLE PRECISION) AS y_9, CAST(0 AS DOUBLE PRECISION) AS d_9, CAST(cov_9 AS DOUBLE PRECISION) AS x_9, 1 AS inc_9,
    CAST(num_10 AS DOUBLE PRECISION) AS y_10, CAST(0 AS DOUBLE PRECISION) AS d_10, CAST(0 AS DOUBLE PRECISION) AS x_10, 1 AS inc_10
  FROM sb_pu
)
SELECT metric_index, bin, variant_name, CAST(COUNT(*) AS BIGINT)
  FROM (SELECT 0 AS metric_index, variant_name, CASE WHEN y_0 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_0 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 1 AS metric_index, variant_name, CASE WHEN y_1 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_1 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 2 AS metric_index, variant_name, CASE WHEN y_2 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_2 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 3 AS metric_index, variant_name, CASE WHEN y_3 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_3 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 4 AS metric_index, variant_name, CASE WHEN y_4 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_4 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 5 AS metric_index, variant_name, CASE WHEN y_5 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_5 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 6 AS metric_index, variant_name, CASE WHEN y_6 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_6 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 7 AS metric_index, variant_name, CASE WHEN y_7 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_7 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 8 AS metric_index, variant_name, CASE WHEN y_8 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_8 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 9 AS metric_index, variant_name, CASE WHEN y_9 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_9 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals
  UNION ALL SELECT 10 AS metric_index, variant_name, CASE WHEN y_10 > CAST(? AS DOUBLE PRECISION) THEN -1 ELSE LEAST(CAST(? AS BIGINT), CAST(FLOOR((y_10 - CAST(? AS DOUBLE PRECISION)) / CAST(? AS DOUBLE PRECISION)) AS BIGINT)) END AS bin FROM sb_vals) binned GROUP BY metric_index, bin, variant_name;

-- time series (calendar and days since exposure)
-- bound values: [exp_a, 1772409600000, 1773100800000, exp_a, 1772323200000, 8, add_to_cart, never_seen, purchase, visit, 1773100800000, 1209600000, visit, purchase, 20.0, 259200000, purchase, 20.0, 604800000, purchase, 3600000, purchase, purchase, 1209600000, purchase, add_to_cart, 0.0, add_to_cart, 1.0, purchase, visit, purchase, 80.0, 432000000, visit, 432000000, visit, 172800000, 518400000, visit, 172800000, never_seen, 1773100800000, 400, 75.5, 75.5, 75.5, 75.5, 75.5, 75.5, 50.0, 50.0, 50.0, 50.0, 75.5, 75.5, 75.5, 75.5, 120.0, 120.0, 120.0, 120.0, 1772323200000, 8, 1773100800000, 400, 0.0, 0.0, 0.0, 0.0, 75.5, 75.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."assigned_at") * 1000) AS BIGINT) AS at_ms, CAST((CAST(src."context" AS JSONB) ->> 'country') AS VARCHAR) AS dim_0, CAST((CAST(src."context" AS JSONB) ->> 'device') AS VARCHAR) AS dim_1, CAST((CAST(src."context" AS JSONB) ->> 'session_id') AS VARCHAR) AS dim_2
  FROM "assignments" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."assigned_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, dim_1, dim_2, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant AND at_ms >= CAST(? AS BIGINT) AND at_ms < CAST(? AS BIGINT) THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, dim_1, dim_2, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, dim_1, dim_2 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM "events" src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL AND (src."experiment" IS NULL OR src."experiment" = CAST(? AS VARCHAR))
),
sb_ue AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, ev.event_type, ev.event_value, ev.event_ms, CASE WHEN ev.event_ms < us.exposed_ms THEN -1 ELSE LEAST((ev.event_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) END AS cal_day, CASE WHEN ev.event_ms < us.exposed_ms THEN -1 ELSE (ev.event_ms - us.exposed_ms) / 86400000 END AS since_day
  FROM sb_users us JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)) AND ev.event_ms < CAST(? AS BIGINT) AND ev.event_ms >= us.exposed_ms - CAST(? AS BIGINT)
),
sb_cells AS (
SELECT unit_id, variant_name, exposed_ms, cal_day, since_day,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_0,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value > CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_1,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value > CAST(? AS DOUBLE PRECISION) AND ue.event_ms < ue.exposed_ms AND ue.event_ms >= ue.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS cov_1,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_2,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_3,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms < ue.exposed_ms AND ue.event_ms >= ue.exposed_ms - CAST(? AS BIGINT) THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS cov_3,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_4,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value <> CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_5,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value >= CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_6,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN COALESCE(ue.event_value, 0) ELSE 0 END) AS DOUBLE PRECISION) AS num_7,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS den_7,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_value <= CAST(? AS DOUBLE PRECISION) AND ue.event_ms >= ue.exposed_ms AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_8,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS den_8,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms + CAST(? AS BIGINT) AND ue.event_ms < ue.exposed_ms + CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_9,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms < ue.exposed_ms AND ue.event_ms >= ue.exposed_ms - CAST(? AS BIGINT) THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS cov_9,
    CAST(SUM(CASE WHEN ue.event_type = CAST(? AS VARCHAR) AND ue.event_ms >= ue.exposed_ms THEN 1 ELSE 0 END) AS DOUBLE PRECISION) AS num_10
  FROM sb_ue ue GROUP BY unit_id, since_day, cal_day, variant_name, exposed_ms
),
sb_steps AS (
SELECT unit_id, variant_name, exposed_ms, cal_day, since_day,
    SUM(num_0) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_0_after, SUM(num_0) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_0 AS num_0_before,
    SUM(num_1) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_1_after, SUM(num_1) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_1 AS num_1_before,
    SUM(cov_1) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cov_1,
    SUM(num_2) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_2_after, SUM(num_2) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_2 AS num_2_before,
    SUM(num_3) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_3_after, SUM(num_3) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_3_before,
    SUM(cov_3) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cov_3,
    SUM(num_4) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_4_after, SUM(num_4) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_4_before,
    SUM(num_5) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_5_after, SUM(num_5) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_5 AS num_5_before,
    SUM(num_6) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_6_after, SUM(num_6) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_6_before,
    SUM(num_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_7_after, SUM(num_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS num_7_before,
    SUM(den_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS den_7_after, SUM(den_7) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - den_7 AS den_7_before,
    SUM(num_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_8_after, SUM(num_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_8 AS num_8_before,
    SUM(den_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS den_8_after, SUM(den_8) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - den_8 AS den_8_before,
    SUM(num_9) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_9_after, SUM(num_9) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_9 AS num_9_before,
    SUM(cov_9) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cov_9,
    SUM(num_10) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS num_10_after, SUM(num_10) OVER (PARTITION BY unit_id ORDER BY since_day, cal_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - num_10 AS num_10_before
  FROM sb_cells
),
sb_changes AS (
SELECT cal_day, since_day, LEAST((CAST(? AS BIGINT) - exposed_ms) / 86400000, CAST(? AS BIGINT)) AS observed_days, variant_name,
    (CASE WHEN COALESCE(num_0_before, 0) > 0 THEN 1 ELSE 0 END) AS y0_0, (CASE WHEN num_0_after > 0 THEN 1 ELSE 0 END) AS y1_0, 0 AS d0_0, 0 AS d1_0, 0 AS x_0,
    (CASE WHEN COALESCE(num_1_before, 0) > 0 THEN 1 ELSE 0 END) AS y0_1, (CASE WHEN num_1_after > 0 THEN 1 ELSE 0 END) AS y1_1, 0 AS d0_1, 0 AS d1_1, (CASE WHEN COALESCE(cov_1, 0) > 0 THEN 1 ELSE 0 END) AS x_1,
    (COALESCE(num_2_before, 0)) AS y0_2, (num_2_after) AS y1_2, 0 AS d0_2, 0 AS d1_2, 0 AS x_2,
    CASE WHEN (COALESCE(num_3_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_3_before, 0)) END AS y0_3, CASE WHEN (num_3_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_3_after) END AS y1_3, 0 AS d0_3, 0 AS d1_3, CASE WHEN (COALESCE(cov_3, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(cov_3, 0)) END AS x_3,
    CASE WHEN (COALESCE(num_4_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_4_before, 0)) END AS y0_4, CASE WHEN (num_4_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_4_after) END AS y1_4, 0 AS d0_4, 0 AS d1_4, 0 AS x_4,
    (COALESCE(num_5_before, 0)) AS y0_5, (num_5_after) AS y1_5, 0 AS d0_5, 0 AS d1_5, 0 AS x_5,
    CASE WHEN (COALESCE(num_6_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_6_before, 0)) END AS y0_6, CASE WHEN (num_6_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_6_after) END AS y1_6, 0 AS d0_6, 0 AS d1_6, 0 AS x_6,
    CASE WHEN (COALESCE(num_7_before, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(num_7_before, 0)) END AS y0_7, CASE WHEN (num_7_after) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (num_7_after) END AS y1_7, (COALESCE(den_7_before, 0)) AS d0_7, (den_7_after) AS d1_7, 0 AS x_7,
    (CASE WHEN COALESCE(num_8_before, 0) > 0 THEN 1 ELSE 0 END) AS y0_8, (CASE WHEN num_8_after > 0 THEN 1 ELSE 0 END) AS y1_8, (CASE WHEN COALESCE(den_8_before, 0) > 0 THEN 1 ELSE 0 END) AS d0_8, (CASE WHEN den_8_after > 0 THEN 1 ELSE 0 END) AS d1_8, 0 AS x_8,
    (COALESCE(num_9_before, 0)) AS y0_9, (num_9_after) AS y1_9, 0 AS d0_9, 0 AS d1_9, (COALESCE(cov_9, 0)) AS x_9,
    (COALESCE(num_10_before, 0)) AS y0_10, (num_10_after) AS y1_10, 0 AS d0_10, 0 AS d1_10, 0 AS x_10
  FROM sb_steps WHERE since_day >= 0
),
sb_change_sums AS (
SELECT cal_day, since_day, observed_days, variant_name,
    0 AS m0_0, SUM(y1_0 - y0_0) AS m0_1, SUM(y1_0 * y1_0 - y0_0 * y0_0) AS m0_2, 0 AS m0_3, 0 AS m0_4, 0 AS m0_5, 0 AS m0_6, 0 AS m0_7, 0 AS m0_8,
    0 AS m1_0, SUM(y1_1 - y0_1) AS m1_1, SUM(y1_1 * y1_1 - y0_1 * y0_1) AS m1_2, 0 AS m1_3, 0 AS m1_4, 0 AS m1_5, 0 AS m1_6, 0 AS m1_7, SUM(x_1 * (y1_1 - y0_1)) AS m1_8,
    0 AS m2_0, SUM(y1_2 - y0_2) AS m2_1, SUM(y1_2 * y1_2 - y0_2 * y0_2) AS m2_2, 0 AS m2_3, 0 AS m2_4, 0 AS m2_5, 0 AS m2_6, 0 AS m2_7, 0 AS m2_8,
    0 AS m3_0, SUM(y1_3 - y0_3) AS m3_1, SUM(y1_3 * y1_3 - y0_3 * y0_3) AS m3_2, 0 AS m3_3, 0 AS m3_4, 0 AS m3_5, 0 AS m3_6, 0 AS m3_7, SUM(x_3 * (y1_3 - y0_3)) AS m3_8,
    0 AS m4_0, SUM(y1_4 - y0_4) AS m4_1, SUM(y1_4 * y1_4 - y0_4 * y0_4) AS m4_2, 0 AS m4_3, 0 AS m4_4, 0 AS m4_5, 0 AS m4_6, 0 AS m4_7, 0 AS m4_8,
    0 AS m5_0, SUM(y1_5 - y0_5) AS m5_1, SUM(y1_5 * y1_5 - y0_5 * y0_5) AS m5_2, 0 AS m5_3, 0 AS m5_4, 0 AS m5_5, 0 AS m5_6, 0 AS m5_7, 0 AS m5_8,
    0 AS m6_0, SUM(y1_6 - y0_6) AS m6_1, SUM(y1_6 * y1_6 - y0_6 * y0_6) AS m6_2, 0 AS m6_3, 0 AS m6_4, 0 AS m6_5, 0 AS m6_6, 0 AS m6_7, 0 AS m6_8,
    0 AS m7_0, SUM(y1_7 - y0_7) AS m7_1, SUM(y1_7 * y1_7 - y0_7 * y0_7) AS m7_2, SUM(d1_7 - d0_7) AS m7_3, SUM(d1_7 * d1_7 - d0_7 * d0_7) AS m7_4, SUM(y1_7 * d1_7 - y0_7 * d0_7) AS m7_5, 0 AS m7_6, 0 AS m7_7, 0 AS m7_8,
    0 AS m8_0, SUM(y1_8 - y0_8) AS m8_1, SUM(y1_8 * y1_8 - y0_8 * y0_8) AS m8_2, SUM(d1_8 - d0_8) AS m8_3, SUM(d1_8 * d1_8 - d0_8 * d0_8) AS m8_4, SUM(y1_8 * d1_8 - y0_8 * d0_8) AS m8_5, 0 AS m8_6, 0 AS m8_7, 0 AS m8_8,
    0 AS m9_0, SUM(y1_9 - y0_9) AS m9_1, SUM(y1_9 * y1_9 - y0_9 * y0_9) AS m9_2, 0 AS m9_3, 0 AS m9_4, 0 AS m9_5, 0 AS m9_6, 0 AS m9_7, SUM(x_9 * (y1_9 - y0_9)) AS m9_8,
    0 AS m10_0, SUM(y1_10 - y0_10) AS m10_1, SUM(y1_10 * y1_10 - y0_10 * y0_10) AS m10_2, 0 AS m10_3, 0 AS m10_4, 0 AS m10_5, 0 AS m10_6, 0 AS m10_7, 0 AS m10_8
  FROM sb_changes GROUP BY cal_day, since_day, observed_days, variant_name
),
sb_entries AS (
SELECT LEAST((us.exposed_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) AS cal_day, LEAST((CAST(? AS BIGINT) - us.exposed_ms) / 86400000, CAST(? AS BIGINT)) AS observed_days, us.variant_name, CAST(? AS DOUBLE PRECISION) AS y0_0, 0 AS x_0, CAST(? AS DOUBLE PRECISION) AS y0_1, (CASE WHEN COALESCE(c.cov_1, 0) > 0 THEN 1 ELSE 0 END) AS x_1, CAST(? AS DOUBLE PRECISION) AS y0_2, 0 AS x_2, CAST(? AS DOUBLE PRECISION) AS y0_3, CASE WHEN (COALESCE(c.cov_3, 0)) > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE (COALESCE(c.cov_3, 0)) END AS x_3, CAST(? AS DOUBLE PRECISION) AS y0_4, 0 AS x_4, CAST(? AS DOUBLE PRECISION) AS y0_5, 0 AS x_5, CAST(? AS DOUBLE PRECISION) AS y0_6, 0 AS x_6, CAST(? AS DOUBLE PRECISION) AS y0_7, 0 AS x_7, CAST(? AS DOUBLE PRECISION) AS y0_8, 0 AS x_8, CAST(? AS DOUBLE PRECISION) AS y0_9, (COALESCE(c.cov_9, 0)) AS x_9, CAST(? AS DOUBLE PRECISION) AS y0_10, 0 AS x_10 FROM sb_users us LEFT JOIN sb_cells c ON c.unit_id = us.unit_id AND c.since_day < 0
),
sb_entry_sums AS (
SELECT cal_day, observed_days, variant_name,
    SUM(1) AS m0_0, SUM(y0_0) AS m0_1, SUM(y0_0 * y0_0) AS m0_2, 0 AS m0_3, 0 AS m0_4, 0 AS m0_5, 0 AS m0_6, 0 AS m0_7, 0 AS m0_8,
    SUM(1) AS m1_0, SUM(y0_1) AS m1_1, SUM(y0_1 * y0_1) AS m1_2, 0 AS m1_3, 0 AS m1_4, 0 AS m1_5, SUM(x_1) AS m1_6, SUM(x_1 * x_1) AS m1_7, SUM(x_1 * y0_1) AS m1_8,
    SUM(1) AS m2_0, SUM(y0_2) AS m2_1, SUM(y0_2 * y0_2) AS m2_2, 0 AS m2_3, 0 AS m2_4, 0 AS m2_5, 0 AS m2_6, 0 AS m2_7, 0 AS m2_8,
    SUM(1) AS m3_0, SUM(y0_3) AS m3_1, SUM(y0_3 * y0_3) AS m3_2, 0 AS m3_3, 0 AS m3_4, 0 AS m3_5, SUM(x_3) AS m3_6, SUM(x_3 * x_3) AS m3_7, SUM(x_3 * y0_3) AS m3_8,
    SUM(1) AS m4_0, SUM(y0_4) AS m4_1, SUM(y0_4 * y0_4) AS m4_2, 0 AS m4_3, 0 AS m4_4, 0 AS m4_5, 0 AS m4_6, 0 AS m4_7, 0 AS m4_8,
    SUM(1) AS m5_0, SUM(y0_5) AS m5_1, SUM(y0_5 * y0_5) AS m5_2, 0 AS m5_3, 0 AS m5_4, 0 AS m5_5, 0 AS m5_6, 0 AS m5_7, 0 AS m5_8,
    SUM(1) AS m6_0, SUM(y0_6) AS m6_1, SUM(y0_6 * y0_6) AS m6_2, 0 AS m6_3, 0 AS m6_4, 0 AS m6_5, 0 AS m6_6, 0 AS m6_7, 0 AS m6_8,
    SUM(1) AS m7_0, SUM(y0_7) AS m7_1, SUM(y0_7 * y0_7) AS m7_2, 0 AS m7_3, 0 AS m7_4, 0 AS m7_5, 0 AS m7_6, 0 AS m7_7, 0 AS m7_8,
    SUM(1) AS m8_0, SUM(y0_8) AS m8_1, SUM(y0_8 * y0_8) AS m8_2, 0 AS m8_3, 0 AS m8_4, 0 AS m8_5, 0 AS m8_6, 0 AS m8_7, 0 AS m8_8,
    SUM(1) AS m9_0, SUM(y0_9) AS m9_1, SUM(y0_9 * y0_9) AS m9_2, 0 AS m9_3, 0 AS m9_4, 0 AS m9_5, SUM(x_9) AS m9_6, SUM(x_9 * x_9) AS m9_7, SUM(x_9 * y0_9) AS m9_8,
    SUM(1) AS m10_0, SUM(y0_10) AS m10_1, SUM(y0_10 * y0_10) AS m10_2, 0 AS m10_3, 0 AS m10_4, 0 AS m10_5, 0 AS m10_6, 0 AS m10_7, 0 AS m10_8
  FROM sb_entries GROUP BY cal_day, observed_days, variant_name
)
SELECT 0 AS kind, cal_day AS day_index, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_entry_sums GROUP BY cal_day, variant_name
UNION ALL SELECT 1, observed_days, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_entry_sums WHERE observed_days >= 1 GROUP BY observed_days, variant_name
UNION ALL SELECT 2, cal_day, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_change_sums GROUP BY cal_day, variant_name
UNION ALL SELECT 3, since_day, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_change_sums WHERE since_day < observed_days GROUP BY since_day, variant_name
UNION ALL SELECT 4, observed_days, variant_name,
    SUM(m0_0), SUM(m0_1), SUM(m0_2), SUM(m0_3), SUM(m0_4), SUM(m0_5), SUM(m0_6), SUM(m0_7), SUM(m0_8),
    SUM(m1_0), SUM(m1_1), SUM(m1_2), SUM(m1_3), SUM(m1_4), SUM(m1_5), SUM(m1_6), SUM(m1_7), SUM(m1_8),
    SUM(m2_0), SUM(m2_1), SUM(m2_2), SUM(m2_3), SUM(m2_4), SUM(m2_5), SUM(m2_6), SUM(m2_7), SUM(m2_8),
    SUM(m3_0), SUM(m3_1), SUM(m3_2), SUM(m3_3), SUM(m3_4), SUM(m3_5), SUM(m3_6), SUM(m3_7), SUM(m3_8),
    SUM(m4_0), SUM(m4_1), SUM(m4_2), SUM(m4_3), SUM(m4_4), SUM(m4_5), SUM(m4_6), SUM(m4_7), SUM(m4_8),
    SUM(m5_0), SUM(m5_1), SUM(m5_2), SUM(m5_3), SUM(m5_4), SUM(m5_5), SUM(m5_6), SUM(m5_7), SUM(m5_8),
    SUM(m6_0), SUM(m6_1), SUM(m6_2), SUM(m6_3), SUM(m6_4), SUM(m6_5), SUM(m6_6), SUM(m6_7), SUM(m6_8),
    SUM(m7_0), SUM(m7_1), SUM(m7_2), SUM(m7_3), SUM(m7_4), SUM(m7_5), SUM(m7_6), SUM(m7_7), SUM(m7_8),
    SUM(m8_0), SUM(m8_1), SUM(m8_2), SUM(m8_3), SUM(m8_4), SUM(m8_5), SUM(m8_6), SUM(m8_7), SUM(m8_8),
    SUM(m9_0), SUM(m9_1), SUM(m9_2), SUM(m9_3), SUM(m9_4), SUM(m9_5), SUM(m9_6), SUM(m9_7), SUM(m9_8),
    SUM(m10_0), SUM(m10_1), SUM(m10_2), SUM(m10_3), SUM(m10_4), SUM(m10_5), SUM(m10_6), SUM(m10_7), SUM(m10_8)
  FROM sb_change_sums WHERE since_day < observed_days GROUP BY observed_days, variant_name;

-- event types
-- bound values: []
SELECT event_type, MAX(has_value) FROM (SELECT CAST(src."event_type" AS VARCHAR) AS event_type, CASE WHEN src."event_value" IS NOT NULL THEN 1 ELSE 0 END AS has_value FROM "events" src WHERE src."event_type" IS NOT NULL) types GROUP BY event_type;

-- per-user table column types
-- bound values: [exp_table]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."exposed_at") * 1000) AS BIGINT) AS at_ms, CAST(src."country" AS VARCHAR) AS dim_0, CAST(src."clicks" AS DOUBLE PRECISION) AS col_0, CAST(src."conversions" AS DOUBLE PRECISION) AS col_1, CAST(CASE WHEN src."retained" THEN 1 WHEN NOT src."retained" THEN 0 END AS DOUBLE PRECISION) AS col_2, CAST(src."pre_clicks" AS DOUBLE PRECISION) AS col_3
  FROM "user_table" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."exposed_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, col_0, col_1, col_2, col_3, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, col_0, col_1, col_2, col_3, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, col_0, col_1, col_2, col_3 FROM sb_status WHERE analysed = 1
)
SELECT CAST(COUNT(col_0) AS BIGINT), CAST(SUM(CASE WHEN col_0 IS NULL OR col_0 = 0 OR col_0 = 1 THEN 0 ELSE 1 END) AS BIGINT), CAST(COUNT(col_1) AS BIGINT), CAST(SUM(CASE WHEN col_1 IS NULL OR col_1 = 0 OR col_1 = 1 THEN 0 ELSE 1 END) AS BIGINT), CAST(COUNT(col_2) AS BIGINT), CAST(SUM(CASE WHEN col_2 IS NULL OR col_2 = 0 OR col_2 = 1 THEN 0 ELSE 1 END) AS BIGINT), CAST(COUNT(col_3) AS BIGINT), CAST(SUM(CASE WHEN col_3 IS NULL OR col_3 = 0 OR col_3 = 1 THEN 0 ELSE 1 END) AS BIGINT) FROM sb_a;

-- per-user table moments with exposure days
-- bound values: [exp_table, visit, visit, 10.0, 10.0, 1772323200000, 8]
WITH sb_a AS (
SELECT src."user_id" AS unit_id, CAST(src."variant" AS VARCHAR) AS variant_name, CAST(FLOOR(EXTRACT(EPOCH FROM src."exposed_at") * 1000) AS BIGINT) AS at_ms, CAST(src."country" AS VARCHAR) AS dim_0, CAST(src."clicks" AS DOUBLE PRECISION) AS col_0, CAST(src."conversions" AS DOUBLE PRECISION) AS col_1, CAST(CASE WHEN src."retained" THEN 1 WHEN NOT src."retained" THEN 0 END AS DOUBLE PRECISION) AS col_2, CAST(src."pre_clicks" AS DOUBLE PRECISION) AS col_3
  FROM "user_table" src
  WHERE src."user_id" IS NOT NULL AND src."variant" IS NOT NULL AND src."exposed_at" IS NOT NULL AND src."experiment" = CAST(? AS VARCHAR)
),
sb_status AS (
SELECT unit_id, variant_name, at_ms AS exposed_ms, dim_0, col_0, col_1, col_2, col_3, CASE WHEN min_variant = max_variant THEN 0 ELSE 1 END AS multiple, CASE WHEN min_variant = max_variant THEN 1 ELSE 0 END AS analysed
  FROM (SELECT unit_id, variant_name, at_ms, dim_0, col_0, col_1, col_2, col_3, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, variant_name) AS row_rank, MIN(variant_name) OVER (PARTITION BY unit_id) AS min_variant, MAX(variant_name) OVER (PARTITION BY unit_id) AS max_variant FROM sb_a) ranked
  WHERE row_rank = 1
),
sb_users AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, col_0, col_1, col_2, col_3 FROM sb_status WHERE analysed = 1
),
sb_ev AS (
SELECT src."user_id" AS unit_id, CAST(src."event_type" AS VARCHAR) AS event_type, CAST(src."event_value" AS DOUBLE PRECISION) AS event_value, CAST(src."event_time" AS BIGINT) AS event_ms
  FROM (SELECT user_id, event_type, event_value, event_time FROM events) src
  WHERE src."user_id" IS NOT NULL AND src."event_time" IS NOT NULL
),
sb_pu AS (
SELECT us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.col_0, us.col_1, us.col_2, us.col_3,
    SUM(CASE WHEN ev.event_type = CAST(? AS VARCHAR) AND ev.event_ms >= us.exposed_ms THEN 1 ELSE 0 END) AS num_4
  FROM sb_users us LEFT JOIN sb_ev ev ON ev.unit_id = us.unit_id AND ev.event_type IN (CAST(? AS VARCHAR)) AND ev.event_ms >= us.exposed_ms
  GROUP BY us.unit_id, us.variant_name, us.exposed_ms, us.dim_0, us.col_0, us.col_1, us.col_2, us.col_3
),
sb_vals AS (
SELECT unit_id, variant_name, exposed_ms, dim_0, col_0, col_1, col_2, col_3,
    CASE WHEN col_0 IS NOT NULL AND col_3 IS NOT NULL THEN col_0 ELSE 0 END AS y_0, 0 AS d_0, CASE WHEN col_0 IS NOT NULL AND col_3 IS NOT NULL THEN col_3 ELSE 0 END AS x_0, CASE WHEN col_0 IS NOT NULL AND col_3 IS NOT NULL THEN 1 ELSE 0 END AS inc_0,
    CASE WHEN col_2 IS NOT NULL THEN col_2 ELSE 0 END AS y_1, 0 AS d_1, 0 AS x_1, CASE WHEN col_2 IS NOT NULL THEN 1 ELSE 0 END AS inc_1,
    CASE WHEN col_1 IS NOT NULL AND col_0 IS NOT NULL THEN col_1 ELSE 0 END AS y_2, CASE WHEN col_1 IS NOT NULL AND col_0 IS NOT NULL THEN col_0 ELSE 0 END AS d_2, 0 AS x_2, CASE WHEN col_1 IS NOT NULL AND col_0 IS NOT NULL THEN 1 ELSE 0 END AS inc_2,
    CASE WHEN col_1 IS NOT NULL THEN CASE WHEN col_1 > CAST(? AS DOUBLE PRECISION) THEN CAST(? AS DOUBLE PRECISION) ELSE col_1 END ELSE 0 END AS y_3, 0 AS d_3, 0 AS x_3, CASE WHEN col_1 IS NOT NULL THEN 1 ELSE 0 END AS inc_3,
    CAST(CASE WHEN num_4 > 0 THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y_4, CAST(0 AS DOUBLE PRECISION) AS d_4, CAST(0 AS DOUBLE PRECISION) AS x_4, 1 AS inc_4
  FROM sb_pu
)
SELECT -1 AS branch, CAST(NULL AS VARCHAR) AS segment, CAST(0 AS BIGINT) AS day_index, variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4)
  FROM sb_vals GROUP BY variant_name
UNION ALL SELECT 0, dim_0, CAST(0 AS BIGINT), variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4)
  FROM sb_vals GROUP BY dim_0, variant_name
UNION ALL SELECT -2, CAST(NULL AS VARCHAR), day_index, variant_name,
    SUM(inc_0), SUM(y_0), SUM(y_0 * y_0), SUM(d_0), SUM(d_0 * d_0), SUM(y_0 * d_0), SUM(x_0), SUM(x_0 * x_0), SUM(x_0 * y_0),
    SUM(inc_1), SUM(y_1), SUM(y_1 * y_1), SUM(d_1), SUM(d_1 * d_1), SUM(y_1 * d_1), SUM(x_1), SUM(x_1 * x_1), SUM(x_1 * y_1),
    SUM(inc_2), SUM(y_2), SUM(y_2 * y_2), SUM(d_2), SUM(d_2 * d_2), SUM(y_2 * d_2), SUM(x_2), SUM(x_2 * x_2), SUM(x_2 * y_2),
    SUM(inc_3), SUM(y_3), SUM(y_3 * y_3), SUM(d_3), SUM(d_3 * d_3), SUM(y_3 * d_3), SUM(x_3), SUM(x_3 * x_3), SUM(x_3 * y_3),
    SUM(inc_4), SUM(y_4), SUM(y_4 * y_4), SUM(d_4), SUM(d_4 * d_4), SUM(y_4 * d_4), SUM(x_4), SUM(x_4 * x_4), SUM(x_4 * y_4)
  FROM (SELECT LEAST((exposed_ms - CAST(? AS BIGINT)) / 86400000, CAST(? AS BIGINT)) AS day_index, sb_vals.* FROM sb_vals) by_day GROUP BY day_index, variant_name;
