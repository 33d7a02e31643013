// Adds the SHA-256 of a new API token to a user; returns nothing for an unknown user.
MATCH (u:User {username: $username})
SET u.tokenHashes = coalesce(u.tokenHashes, []) + $tokenHash
RETURN u.username AS username
