-- Weekly share of all articles naming each entity of getvariable('entities'), with spikes.
-- A week with articles but no row for the entity has share 0 (the table keeps zero rows only
-- near spikes), so the series are completed against corpus_stats.
WITH weeks AS (
  SELECT period_start, articles AS total_articles
  FROM corpus_stats WHERE grain = 'week' AND outlet_id = 'ALL' AND articles > 0
), entities AS (
  SELECT DISTINCT entity_id, entity_name FROM entity_trends
  WHERE grain = 'week' AND outlet_id = 'ALL' AND list_contains(getvariable('entities'), entity_id)
)
SELECT w.period_start AS week, e.entity_id, e.entity_name,
       coalesce(t.articles, 0) AS articles, w.total_articles,
       coalesce(t.share, 0.0) AS share, t.spike_score, coalesce(t.is_spike, false) AS is_spike
FROM weeks w CROSS JOIN entities e
LEFT JOIN entity_trends t
  ON t.grain = 'week' AND t.outlet_id = 'ALL' AND t.entity_id = e.entity_id AND t.period_start = w.period_start
ORDER BY week, e.entity_id
