-- A death dossier is found by the deceased's name, as a birth dossier by the child's and parents'.
create or replace function dossier_search_text() returns trigger language plpgsql as $$
begin
    new.search_text := lienthong_fold(concat_ws(' ', new.portal_dossier_code,
        new.form -> 'child' ->> 'fullName', new.form -> 'mother' ->> 'fullName', new.form -> 'father' ->> 'fullName',
        new.form -> 'deceased' ->> 'fullName'));
    return new;
end $$;
