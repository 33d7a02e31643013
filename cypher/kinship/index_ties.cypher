// Every kin tie (PARENT_OF, SPOUSE_OF, SIBLING_OF) between persons, streamed once to build the in-memory kin index.
// A marriage with an end date that has passed (divorce, records.md kinship end_date) no longer makes spouses or in-laws.
MATCH (a:Person)-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF]->(b:Person)
WHERE NOT (r:SPOUSE_OF AND r.endDate IS NOT NULL AND r.endDate <= date())
RETURN a.id AS fromId,
       b.id AS toId,
       type(r) AS type,
       r.kind AS kind,
       r.basis AS basis,
       r.provenance AS provenance
