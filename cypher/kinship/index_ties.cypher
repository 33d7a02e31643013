// Every kin tie (PARENT_OF, SPOUSE_OF, SIBLING_OF) between persons, streamed once to build the in-memory kin index.
MATCH (a:Person)-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF]->(b:Person)
RETURN a.id AS fromId,
       b.id AS toId,
       type(r) AS type,
       r.kind AS kind,
       r.basis AS basis,
       r.provenance AS provenance
