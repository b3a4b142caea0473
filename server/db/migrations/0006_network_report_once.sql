-- One open report per reporter and item, kept by the database itself (a lock in the service kept it until now: any
-- other writer, a script or a second code path, could have broken it). Open duplicates, if any, are dismissed first.
UPDATE net_reports AS r SET status = 'dismissed', resolution = 'duplicate', resolved_at = now()
WHERE r.status = 'open' AND EXISTS (
  SELECT 1 FROM net_reports AS o
  WHERE o.status = 'open' AND o.reporter_id = r.reporter_id
    AND o.post_id IS NOT DISTINCT FROM r.post_id AND o.comment_id IS NOT DISTINCT FROM r.comment_id
    AND (o.created_at, o.id) < (r.created_at, r.id));

CREATE UNIQUE INDEX net_reports_open_post_key ON net_reports (reporter_id, post_id)
  WHERE status = 'open' AND post_id IS NOT NULL;
CREATE UNIQUE INDEX net_reports_open_comment_key ON net_reports (reporter_id, comment_id)
  WHERE status = 'open' AND comment_id IS NOT NULL;
