// Element ids of the nodes a lead's evidence names by key (person, grant, payment, transfer, account, asset, tip ids).
UNWIND $personIds AS id
MATCH (n:Person {id: id})
RETURN elementId(n) AS nodeId
UNION
UNWIND $grantIds AS id
MATCH (n:Grant {id: id})
RETURN elementId(n) AS nodeId
UNION
UNWIND $paymentIds AS id
MATCH (n:Payment {id: id})
RETURN elementId(n) AS nodeId
UNION
UNWIND $transferIds AS id
MATCH (n:Transfer {id: id})
RETURN elementId(n) AS nodeId
UNION
UNWIND $accountIds AS id
MATCH (n:Account {id: id})
RETURN elementId(n) AS nodeId
UNION
UNWIND $assetIds AS id
MATCH (n:Asset {id: id})
RETURN elementId(n) AS nodeId
UNION
UNWIND $tipIds AS id
MATCH (n:Tip {id: id})
RETURN elementId(n) AS nodeId
