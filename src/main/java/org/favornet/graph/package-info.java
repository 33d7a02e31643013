/** The one package that talks to Neo4j: the embedded server, the driver, schema, named Cypher files. */
package org.favornet.graph;
