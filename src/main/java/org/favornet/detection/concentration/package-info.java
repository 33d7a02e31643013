/** Statistical red flags: allocator concentration on kin and acquaintances (flag 3) and allocator communities (flag 11), hypergeometric tests with false-discovery control. */
package org.favornet.detection.concentration;
