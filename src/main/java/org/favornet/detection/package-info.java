/** Favoritism detection: kin of officials, red-flag rules, allocator concentration, communities and ranked leads. */
package org.favornet.detection;
