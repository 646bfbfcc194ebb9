-- Everything a signed-in request needs to know about its caller (session, account, organisation, member status and
-- the groups of its state) in one call. A PL/pgSQL function because its plan is prepared once per connection:
-- the same SELECT sent as text is planned again on every request, which cost more than the rest of the request
-- (issue 11 item 6). The rows travel as jsonb so that a column added to users or sessions needs no change here.
CREATE FUNCTION session_subject(session_id text)
RETURNS TABLE (session jsonb, account jsonb, organisation_name text, organisation_kind text, member_code text, member_status text, groups text[])
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT to_jsonb(s), to_jsonb(u), o.name::text, o.kind::text, o.member_code::text, m.status::text,
           ARRAY(SELECT gm.group_code::text FROM group_members gm WHERE gm.member_code = o.member_code ORDER BY gm.group_code)
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN organisations o ON o.id = u.organisation_id
    LEFT JOIN members m ON m.code = o.member_code
    WHERE s.id = session_id;
END
$$;
