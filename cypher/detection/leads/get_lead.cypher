// One lead with what it involves, for the review screen: persons with names, grants with amounts and
// dates, payments, transfers, accounts, assets and tips.
MATCH (l:Lead {id: $id})
RETURN l {.*, reviewedAt: toString(l.reviewedAt), updatedAt: toString(l.updatedAt), createdAt: toString(l.createdAt)} AS lead,
       [(l)-[x:INVOLVES]->(p:Person) | {id: p.id, name: p.name, regionCode: p.regionCode, role: x.role,
         deathDate: toString(p.deathDate)}] AS persons,
       [(l)-[:INVOLVES]->(g:Grant) | {id: g.id, program: g.program, amount: g.amount, approvedDate: toString(g.approvedDate),
         appliedDate: toString(g.appliedDate), endDate: toString(g.endDate), regionCode: g.regionCode,
         declaredRelative: g.declaredRelative, beneficiaryId: head([(b:Person)-[:RECEIVED]->(g) | b.id]),
         handledBy: head([(h:Person)-[:HANDLED]->(g) | h.id]), approvedBy: head([(a:Person)-[:APPROVED]->(g) | a.id])}] AS grants,
       [(l)-[:INVOLVES]->(p:Payment) | {id: p.id, amount: p.amount, paidDate: toString(p.paidDate),
         accountId: head([(p)-[:INTO]->(a:Account) | a.id])}] AS payments,
       [(l)-[:INVOLVES]->(t:Transfer) | {id: t.id, amount: t.amount, date: toString(t.date),
         fromAccount: head([(a:Account)-[:SENT]->(t) | a.id]), toAccount: head([(t)-[:TO]->(a:Account) | a.id])}] AS transfers,
       [(l)-[:INVOLVES]->(a:Account) | {id: a.id, bank: a.bank, ownerId: head([(o:Person)-[:OWNS]->(a) | o.id])}] AS accounts,
       [(l)-[:INVOLVES]->(a:Asset) | {id: a.id, kind: a.kind, value: a.value, registeredDate: toString(a.registeredDate),
         ownerId: head([(o:Person)-[:OWNS]->(a) | o.id])}] AS assets,
       [(l)-[:INVOLVES]->(t:Tip) | {id: t.id, date: toString(t.date), channel: t.channel,
         subjectId: head([(t)-[:ABOUT]->(p:Person) | p.id])}] AS tips,
       [(l)-[:REVIEWED]->(r:Review) | {status: r.status, reason: r.reason, reviewer: r.reviewer, at: r.at}] AS reviews
