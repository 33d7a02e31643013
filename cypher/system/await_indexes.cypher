// Blocks until every index (constraints included) is online, so the first load uses them.
CALL db.awaitIndexes(300)
