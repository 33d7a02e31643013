// Benchmark only (bench-import): removes every record node and tie, keeping the service's users, in
// batches of its own transactions (run in an auto-commit transaction).
MATCH (n)
WHERE NOT n:User
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
