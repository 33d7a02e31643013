// Every user, for the administrator, with how many API tokens he holds (never the hashes).
MATCH (u:User)
RETURN u.username AS username, u.passwordHash AS passwordHash, u.roles AS roles,
       u.regions AS regions, u.clearData AS clearData, u.enabled AS enabled,
       size(coalesce(u.tokenHashes, [])) AS tokens
ORDER BY u.username
