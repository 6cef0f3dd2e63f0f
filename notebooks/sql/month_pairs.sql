-- Sentence-level pairs of the month getvariable('month') with at least getvariable('min_pairs')
-- shared sentences, by NPMI.
SELECT name_a, name_b, pair_count, count_a, count_b, units,
       round(npmi, 3) AS npmi, round(lift, 1) AS lift
FROM cooccurrence
WHERE grain = 'month' AND level = 'sentence' AND NOT dedup
  AND entity_a < entity_b  -- each pair once (the table also stores its mirror)
  AND period_start = getvariable('month') AND pair_count >= getvariable('min_pairs')
ORDER BY npmi DESC, name_a, name_b
LIMIT 20
