// Creates or updates a user; the password hash is only replaced when one is given.
MERGE (u:User {username: $username})
SET u.roles = $roles,
    u.regions = $regions,
    u.clearData = $clearData,
    u.enabled = $enabled,
    u.passwordHash = coalesce($passwordHash, u.passwordHash)
RETURN u.username AS username
