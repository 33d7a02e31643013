package org.favornet.security;

/** What a user may do; see the README's role table. */
public enum Role {
    /** Users and the audit trail. */
    ADMIN,
    /** Imports. */
    DATA_OFFICER,
    /** Persons, relations, paths, circles, leads and their review. */
    INVESTIGATOR,
    /** Analyses, reading leads, exports. */
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
