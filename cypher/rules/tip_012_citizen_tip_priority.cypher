// id: tip_012
// version: 1
// title: Citizen tip about an involved person raises the lead's priority
// severity: LOW
// scope: none
// phase: POST
// sources: tips (一键举报)
// description: Post-processing over the stored leads of the analysed regions: priority = score x (1 +
//   $tipBoost x number of tips about persons the lead involves); each tip is linked to the lead
//   (INVOLVES role TIP). A lead without tips gets priority = score.
// falsePositives: Malicious or retaliatory tips; one grievance reported many times. A tip raises the
//   order of review, never the score.
// references: 监察法 art. 35 (报案、举报 handled); 中央纪委 "一键举报" platforms
UNWIND $regions AS prefix
MATCH (l:Lead)
WHERE l.regionCode STARTS WITH prefix
OPTIONAL MATCH (l)-[:INVOLVES]->(:Person)<-[:ABOUT]-(t:Tip)
WITH l, collect(DISTINCT t) AS tips
SET l.priority = l.score * (1 + $tipBoost * size(tips))
FOREACH (t IN tips | MERGE (l)-[:INVOLVES {role: 'TIP'}]->(t))
RETURN l.id AS leadId,
       [t IN tips | t.id] AS tipIds,
       l.priority AS priority
