/** Red-flag rules as Cypher files with a fixed header: the catalogue that reads them and the runner that turns their rows into hits. */
package org.favornet.detection.rules;
