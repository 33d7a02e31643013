/**
 * Benchmarks, tools outside the service's runtime: each a {@code bench-*} command that times a part
 * of the service against a baseline. Product packages do not depend on them.
 */
package org.favornet.bench;
