// The user holding an API token, found by the token's SHA-256 (the token itself is never stored).
MATCH (u:User)
WHERE $tokenHash IN u.tokenHashes
RETURN u.username AS username, u.passwordHash AS passwordHash, u.roles AS roles,
       u.regions AS regions, u.clearData AS clearData, u.enabled AS enabled
LIMIT 1
