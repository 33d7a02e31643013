/** Who may see what: users, roles, region scopes, masking of personal identifiers, the audit trail. */
package org.favornet.security;
