/** GEDCOM 5.5/5.5.1 genealogies (族谱) read into persons and kin ties: parser, ANSEL decoding, import. */
package org.favornet.kinship.gedcom;
