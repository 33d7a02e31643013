/**
 * The detection evaluation, a tool outside the service's runtime: scores stored leads against a
 * generated county's ground truth ({@code evaluate}). Product packages do not depend on it.
 */
package org.favornet.evaluation;
