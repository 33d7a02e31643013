/** Investigator path queries: how two persons are connected (k shortest explained paths) and who around a person received what (circles). */
package org.favornet.paths;
