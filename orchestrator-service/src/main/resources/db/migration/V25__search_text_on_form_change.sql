-- The search text is folded again only when what it is made of changed. The dossier's write names
-- the form in every update (it keeps the stored form when none is given), and a trigger "update of
-- form" fires whenever the column is named, changed or not: folding every dossier at every step
-- cost about half of the update's time in the database.
drop trigger dossier_search_text on dossier;

create trigger dossier_search_text before insert on dossier
    for each row execute function dossier_search_text();

create trigger dossier_search_text_changed before update of form, portal_dossier_code on dossier
    for each row
    when (old.form is distinct from new.form or old.portal_dossier_code is distinct from new.portal_dossier_code)
    execute function dossier_search_text();
