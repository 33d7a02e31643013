// Which referenced keys exist, for one batch of rows in one round trip (unknown references reject rows).
RETURN [id IN $persons WHERE EXISTS { MATCH (:Person {id: id}) }] AS persons,
       [id IN $grants WHERE EXISTS { MATCH (:Grant {id: id}) }] AS grants,
       [id IN $accounts WHERE EXISTS { MATCH (:Account {id: id}) }] AS accounts
