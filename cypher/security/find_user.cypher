// One stored user by name.
MATCH (u:User {username: $username})
RETURN u.username AS username, u.passwordHash AS passwordHash, u.roles AS roles,
       u.regions AS regions, u.clearData AS clearData, u.enabled AS enabled
