// A lead for export: its region, title, rule, evidence JSON and the element ids of what it INVOLVES.
MATCH (l:Lead {id: $id})
OPTIONAL MATCH (l)-[:INVOLVES]->(x)
RETURN l.regionCode AS regionCode, l.title AS title, l.ruleId AS ruleId, l.evidence AS evidence,
       collect(elementId(x)) AS involved
