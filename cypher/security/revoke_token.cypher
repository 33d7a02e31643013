// Revokes one API token of a user, named by its SHA-256 (logout of the console).
MATCH (u:User {username: $username})
WHERE $tokenHash IN coalesce(u.tokenHashes, [])
SET u.tokenHashes = [h IN u.tokenHashes WHERE h <> $tokenHash]
RETURN u.username AS username
