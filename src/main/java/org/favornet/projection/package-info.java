/** The in-memory projection of persons and their ties (kin, acquaintance, shared identifiers, money, grants) that paths, circles and detection run on. */
package org.favornet.projection;
