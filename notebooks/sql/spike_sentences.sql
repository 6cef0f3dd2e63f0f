-- The sentences behind the strongest weekly spike of getvariable('entities'): mentions of that
-- entity in that week, with outlet, date and article id.
WITH spike AS (
  SELECT entity_id, period_start FROM entity_trends
  WHERE grain = 'week' AND outlet_id = 'ALL' AND is_spike AND list_contains(getvariable('entities'), entity_id)
  ORDER BY spike_score DESC, period_start LIMIT 1
)
SELECT m.published_date, coalesce(o.display_name, m.outlet_id) AS outlet, m.article_id, m.entity_name,
       m.in_quote, m.context
FROM mentions m JOIN spike s
  ON m.entity_id = s.entity_id
 AND m.published_date >= s.period_start AND m.published_date < s.period_start + INTERVAL 7 DAY
LEFT JOIN outlets o ON o.outlet_id = m.outlet_id
ORDER BY m.published_date, m.article_id, m.char_start
LIMIT 12
