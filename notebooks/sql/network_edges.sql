-- The co-occurrence network: the strongest article-level pairs over the whole run, wire copies
-- counted once, ranked by log-likelihood (G²); NPMI says how exclusive each pair is.
SELECT entity_a, name_a, type_a, entity_b, name_b, type_b, pair_count,
       round(npmi, 3) AS npmi, round(log_likelihood, 1) AS g2
FROM cooccurrence
WHERE grain = 'all' AND level = 'article' AND dedup AND npmi > 0
  AND entity_a < entity_b  -- each pair once (the table also stores its mirror)
ORDER BY log_likelihood DESC, entity_a, entity_b
LIMIT 40
