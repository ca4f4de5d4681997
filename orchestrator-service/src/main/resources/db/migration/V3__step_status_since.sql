-- When each step entered its current status, so ops can see how long it has been failing,
-- waiting or in progress. Retries of the same request (in progress <-> waiting to retry) keep it.
alter table dossier_step add column status_since timestamptz;

update dossier_step s
set status_since = case
        when s.status = 'COMPLETED' then coalesce(s.completed_at, d.updated_at)
        when s.status in ('IN_PROGRESS', 'WAITING_RETRY') then coalesce(s.started_at, d.received_at)
        when s.status in ('NOT_STARTED', 'SCHEDULED') and s.attempts = 0 then d.received_at
        else d.updated_at
    end
from dossier d
where d.id = s.dossier_id;

alter table dossier_step alter column status_since set default now();
alter table dossier_step alter column status_since set not null;

-- The ops listing of failed, waiting and stuck steps, oldest first.
create index dossier_step_troubled on dossier_step (status_since)
    where status in ('SCHEDULED', 'WAITING_RETRY', 'IN_PROGRESS', 'ACTION_REQUIRED');
