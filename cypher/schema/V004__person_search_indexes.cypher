// Person search (GET /api/persons?q=): a name found by any part of it (CONTAINS, also one Chinese character) and
// a resident ID found by its last digits (ENDS WITH). Text indexes (trigram) serve both; range indexes serve neither.
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE TEXT INDEX person_id_text IF NOT EXISTS FOR (n:Person) ON (n.id);
