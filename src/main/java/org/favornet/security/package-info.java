/**
 * Who may see what: users, roles and API tokens, region scopes, masking of personal identifiers,
 * request limits and the hash-chained audit trail.
 *
 * <p>For features: take routes and roles from {@link org.favornet.security.Route} (add an entry for
 * every new path, or the endpoint matrix test fails); filter by region in Cypher with
 * {@link org.favornet.security.RegionScope#params} and
 * {@code any(p IN $regions WHERE coalesce(n.regionCode, '') STARTS WITH p)}, and answer 404 for an
 * out-of-scope person or lead with {@link org.favornet.security.RegionScope#require}; annotate
 * identifiers with {@link org.favornet.security.Sensitive}; accept person refs through
 * {@link org.favornet.security.PersonRefs#resolve}; tell the audit what was touched with
 * {@link org.favornet.security.AuditContext}.
 */
package org.favornet.security;
