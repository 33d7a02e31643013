// Derived ties between persons sharing a phone, an address or an account.
MATCH (a:Person)-[r:SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT]->(b:Person)
RETURN a.id AS a,
       b.id AS b,
       type(r) AS type,
       null AS subtype
