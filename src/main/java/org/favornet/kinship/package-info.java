/** How two persons are related, in words (English and Chinese) and in law (statutory relation scopes). */
package org.favornet.kinship;
