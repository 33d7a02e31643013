// Every user, for the administrator.
MATCH (u:User)
RETURN u.username AS username, u.passwordHash AS passwordHash, u.roles AS roles,
       u.regions AS regions, u.clearData AS clearData, u.enabled AS enabled
ORDER BY u.username
