// Revokes every API token of a user.
MATCH (u:User {username: $username})
SET u.tokenHashes = []
RETURN u.username AS username
