/**
 * Finding a person and seeing him whole: {@code GET /api/persons?q=} (search by name, ID number or its last
 * digits, phone, account or ref; region-scoped, masked, paged) and {@code GET /api/persons/{id}} (a profile:
 * identity, household, posts, grants received and handled, payments, relatives by legal scope, leads).
 */
package org.favornet.persons;
