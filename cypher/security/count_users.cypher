// How many users exist; zero on a first start.
MATCH (u:User)
RETURN count(u) AS users
