-- The details of an audit row as named fields (a JSON object), beside the rendered text that the
-- trail, its search and its CSV show. Rows written before stay as they were, without fields.
ALTER TABLE audit_event ADD COLUMN details_json VARCHAR(8000);
