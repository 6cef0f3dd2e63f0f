-- Per outlet, the share of its articles in the month getvariable('month') naming each entity of
-- getvariable('entities'): outlets compared on their own denominators.
WITH outlet_totals AS (
  SELECT outlet_id, articles AS total_articles FROM corpus_stats
  WHERE grain = 'month' AND period_start = getvariable('month') AND outlet_id <> 'ALL' AND articles > 0
)
SELECT coalesce(n.display_name, o.outlet_id) AS outlet, e.entity_name, coalesce(t.articles, 0) AS articles, o.total_articles,
       round(coalesce(t.articles, 0) / o.total_articles, 4) AS share
FROM outlet_totals o
CROSS JOIN (SELECT DISTINCT entity_id, entity_name FROM entity_trends
            WHERE grain = 'month' AND list_contains(getvariable('entities'), entity_id)) e
LEFT JOIN entity_trends t
  ON t.grain = 'month' AND t.period_start = getvariable('month') AND t.outlet_id = o.outlet_id
 AND t.entity_id = e.entity_id
LEFT JOIN outlets n ON n.outlet_id = o.outlet_id
ORDER BY o.total_articles DESC, outlet, e.entity_name
