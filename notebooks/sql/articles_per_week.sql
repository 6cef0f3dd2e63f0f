-- Articles per week, all outlets: every article, and wire copies counted once.
SELECT period_start AS week, articles, canonical_articles, duplicates
FROM corpus_stats
WHERE grain = 'week' AND outlet_id = 'ALL'
ORDER BY week
