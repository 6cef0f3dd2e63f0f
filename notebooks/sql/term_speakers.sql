-- Who says the term getvariable('term'), and in whose voice: its mentions by speaker, the outlet's
-- own voice (no quote) and unattributed quotes included.
SELECT CASE WHEN NOT m.in_quote THEN '(outlet''s voice)'
            WHEN m.speaker_entity_id IS NULL THEN '(quote, speaker unknown)'
            ELSE coalesce(s.entity_name, m.speaker_text) END AS speaker,
       m.in_quote,
       count(*) AS mentions,
       count(DISTINCT m.article_id) AS articles
FROM mentions m
LEFT JOIN (SELECT entity_id, any_value(entity_name) AS entity_name FROM mentions GROUP BY 1) s
  ON s.entity_id = m.speaker_entity_id
WHERE m.entity_id = getvariable('term')
GROUP BY 1, 2
ORDER BY mentions DESC, speaker
