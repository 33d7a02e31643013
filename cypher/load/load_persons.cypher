// Upserts persons (records.md persons); a later row for the same id updates it. Phones and addresses: load_person_contacts.cypher.
// row: {id, props (name, gender, ... and x_<column>; null removes), hasPhone, phoneKey, hasAddress, addressKey, addressText}
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
