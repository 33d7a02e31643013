/** Leads: findings with their evidence, stored idempotently in Neo4j, listed, shown and reviewed. */
package org.favornet.detection.leads;
