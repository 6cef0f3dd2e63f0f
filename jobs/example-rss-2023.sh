#!/usr/bin/env bash
# The worked example of docs/worked-example.md, in one command: runs newstrends over the 2023 RSS
# corpus (../shared/data/jsonl, 402,423 items) into out-rss-2023/ and prints the findings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$NEWSTRENDS_ROOT"
NEWSTRENDS_CONFIG=conf/examples/rss-2023.yaml JAVA_OPTS="${JAVA_OPTS:--Xmx12g}" jobs/run-local.sh "$@"
o=out-rss-2023
trends="read_parquet('$o/entity_trends/*.parquet')"
cooc="read_parquet('$o/cooccurrence/*.parquet')"
terms="read_parquet('$o/term_actor/*.parquet')"
jobs/sql.sh \
  "SELECT period_start AS week, articles, total_articles, round(share, 5) AS share,
          round(spike_score, 2) AS spike_score, is_spike
     FROM $trends WHERE grain = 'week' AND outlet_id = 'ALL' AND entity_id = 'place:gaza-strip'
      AND period_start BETWEEN '2023-09-04' AND '2023-10-30' ORDER BY 1" \
  "SELECT round((SELECT share FROM $trends WHERE grain = 'week' AND outlet_id = 'ALL'
                   AND entity_id = 'place:gaza-strip' AND period_start = '2023-10-09')
              / avg(share), 1) AS rise_over_september_mean
     FROM $trends WHERE grain = 'week' AND outlet_id = 'ALL' AND entity_id = 'place:gaza-strip'
      AND period_start BETWEEN '2023-09-04' AND '2023-09-25'" \
  "SELECT level, name_a, name_b, pair_count, count_a, count_b, units, round(npmi, 3) AS npmi,
          round(log_likelihood, 1) AS g2, round(lift, 1) AS lift
     FROM $cooc WHERE grain = 'month' AND period_start = '2023-10-01' AND NOT dedup AND NOT is_mirror
      AND entity_a IN ('IL', 'org:hamas', 'place:gaza-strip')
      AND entity_b IN ('IL', 'org:hamas', 'place:gaza-strip') ORDER BY level, npmi DESC" \
  "SELECT actor_name, sum(term_mentions) AS mentions, sum(term_mentions_outlet_voice) AS outlet_voice,
          sum(term_mentions_in_quotes) AS in_quotes
     FROM $terms WHERE grain = 'month' AND period_start = '2023-10-01' AND outlet_id = 'ALL'
      AND term_id = 'genocide' GROUP BY 1 ORDER BY 2 DESC LIMIT 8" \
  "SELECT speaker_name, sum(term_mentions) AS mentions FROM $terms
     WHERE grain = 'month' AND outlet_id = 'ALL' AND term_id = 'genocide'
       AND speaker_entity_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 8"
