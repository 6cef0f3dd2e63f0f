-- Who is named next to the term getvariable('term') (same sentence), in the outlet's voice and
-- inside quotes, over the whole run.
SELECT actor_name, actor_type, sum(term_mentions)::BIGINT AS mentions,
       sum(term_mentions_outlet_voice)::BIGINT AS outlet_voice, sum(term_mentions_in_quotes)::BIGINT AS in_quotes
FROM term_actor
WHERE grain = 'month' AND outlet_id = 'ALL' AND term_id = getvariable('term')
GROUP BY 1, 2
ORDER BY mentions DESC, actor_name
LIMIT 15
