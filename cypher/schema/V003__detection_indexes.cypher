// Lookups of the detection feature: household co-membership by the person property, lead filters.
CREATE INDEX person_household IF NOT EXISTS FOR (n:Person) ON (n.householdId);
CREATE INDEX lead_rule IF NOT EXISTS FOR (n:Lead) ON (n.ruleId);
CREATE INDEX lead_region IF NOT EXISTS FOR (n:Lead) ON (n.regionCode);
CREATE INDEX lead_score IF NOT EXISTS FOR (n:Lead) ON (n.score);
