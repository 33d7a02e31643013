// Derived ties between persons sharing a phone, an address or an account, with the records that make each.
MATCH (a:Person)-[r:SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT]->(b:Person)
RETURN a.id AS a,
       b.id AS b,
       type(r) AS type,
       null AS subtype,
       CASE WHEN r.provenance IS NULL THEN []
            WHEN valueType(r.provenance) STARTS WITH 'LIST' THEN r.provenance
            ELSE [r.provenance] END AS provenance
