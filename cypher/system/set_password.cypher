// Keeps the embedded login in step with the configured or stored password.
ALTER USER $user
SET PASSWORD $password CHANGE NOT REQUIRED
