-- Set when the population database found a citizen who may be the dossier's child: that
-- citizen's number, masked, and the officer who confirmed the child is another one (null until
-- then). The next request for a number carries the confirmation (domain: DuplicateReview).
alter table dossier add column duplicate_review jsonb;
