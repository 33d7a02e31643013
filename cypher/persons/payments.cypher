// Payments summary of a person: disbursements of the grants he received, and disbursements (of anyone's grants)
// paid into accounts he owns; count, total and first and last payment date of each.
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[:RECEIVED]->(:Grant)-[:DISBURSED]->(pay:Payment)
  WITH DISTINCT pay
  RETURN count(pay) AS count, sum(pay.amount) AS total, min(pay.paidDate) AS first, max(pay.paidDate) AS last
}
CALL (p) {
  OPTIONAL MATCH (p)-[:OWNS]->(:Account)<-[:INTO]-(pay:Payment)
  WITH DISTINCT pay
  RETURN count(pay) AS intoCount, sum(pay.amount) AS intoTotal, min(pay.paidDate) AS intoFirst,
         max(pay.paidDate) AS intoLast
}
RETURN count, total, first, last, intoCount, intoTotal, intoFirst, intoLast
