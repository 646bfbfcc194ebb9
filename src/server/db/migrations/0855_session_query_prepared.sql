-- session_subject() (0850) is no longer called: AuthStore.sessionWithUser runs the same join as a named prepared
-- statement, planned once per connection without the cost of calling a set-returning PL/pgSQL function (measured on
-- both databases: docs/benchmarks-http.md).
DROP FUNCTION session_subject(text);
