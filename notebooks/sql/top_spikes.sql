-- The strongest weekly spikes of the run (all outlets): how far each rose above its baseline.
SELECT period_start AS week, entity_type, entity_name, articles, total_articles,
       round(share, 4) AS share, round(rolling_share_mean, 4) AS baseline_share,
       round(spike_score, 1) AS spike_score
FROM entity_trends
WHERE grain = 'week' AND outlet_id = 'ALL' AND is_spike
ORDER BY spike_score DESC, week, entity_name
LIMIT 15
