-- The feedback workbook reads one submission's rows in the order they were read (by id). Without this index that
-- query scanned the whole table once per file: ten files of 100,000 rows cost ten scans of a million rows.
CREATE INDEX source_row_submission_order ON source_row (submission_id, id);
