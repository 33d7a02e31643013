// Adds the SHA-256 of a new API token to a user, keeping only his newest $maxTokens (the oldest are
// revoked); returns nothing for an unknown user.
MATCH (u:User {username: $username})
WITH u, coalesce(u.tokenHashes, []) + $tokenHash AS held
SET u.tokenHashes = held[-$maxTokens..]
RETURN u.username AS username, size(held) - $maxTokens AS revoked
