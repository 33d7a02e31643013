// Lookups that are not keys: region scoping, programme sweeps, payment dates.
CREATE INDEX person_region IF NOT EXISTS FOR (n:Person) ON (n.regionCode);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX grant_program IF NOT EXISTS FOR (n:Grant) ON (n.program);
CREATE INDEX grant_region IF NOT EXISTS FOR (n:Grant) ON (n.regionCode);
CREATE INDEX post_region IF NOT EXISTS FOR (n:Post) ON (n.regionCode);
CREATE INDEX lead_status IF NOT EXISTS FOR (n:Lead) ON (n.status);
