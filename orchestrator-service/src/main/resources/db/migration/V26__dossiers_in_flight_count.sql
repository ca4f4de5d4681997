-- Intake counts the dossiers in flight every 250 ms (IntakeBacklog). Every step of a dossier in
-- flight updates its row, and each update adds an entry to the index on status; the entry of the
-- version it replaced is dead once no transaction can see that version. A bitmap scan, which the
-- planner picks for this count, never marks such entries dead, so until the next vacuum every
-- count visited every version of every dossier updated since (at saturation 10-30 ms a count, for
-- some 50 dossiers in flight). An index scan marks each entry whose version is dead to everyone as
-- it passes it, and later counts skip it without reading the table. The count therefore runs on
-- index scans only, whatever the session's settings; they hold inside this function only.
create function dossiers_in_flight() returns bigint
    language sql stable
    set enable_bitmapscan = off
    set enable_seqscan = off
    set enable_indexscan = on
    set enable_indexonlyscan = on
    return (select count(*) from dossier where status in ('RECEIVED', 'IN_PROGRESS'));
