// Per account: the beneficiaries of the grants paid into it, and its owner, for SHARES_ACCOUNT ties.
UNWIND $keys AS key
MATCH (a:Account {id: key})
OPTIONAL MATCH (a)<-[:INTO]-(:Payment)<-[:DISBURSED]-(:Grant)<-[:RECEIVED]-(b:Person)
WITH a, key, collect(DISTINCT b.id) AS beneficiaries
OPTIONAL MATCH (a)<-[:OWNS]-(o:Person)
RETURN key,
       beneficiaries,
       collect(DISTINCT o.id) AS owners
