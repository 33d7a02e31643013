// Login for the embedded Bolt connector; a no-op when the user exists.
CREATE USER $user IF NOT EXISTS
SET PASSWORD $password CHANGE NOT REQUIRED
